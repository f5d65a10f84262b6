/**
 * Signing is refused, not warned about, outside the certificate's validity:
 * a digital signature is valid only when it was made while its certificate
 * was in force (NĐ 130/2018/NĐ-CP, Điều 9, k.1 — read in secondary sources,
 * not verified against the official text), so the file would carry a
 * signature every validator and the receiving office reject.
 */
import { say } from '../core/messages';
import { SignError } from './sign-error';
import type { SignerIdentity } from './signer';

/** Throws a SignError when `now` is past the certificate's end or before its start. */
export function assertCertificateInForce(identity: SignerIdentity, now: Date): void {
  if (now > identity.notAfter)
    throw new SignError(say('sign.certificate.expired', { date: dayOf(identity.notAfter), name: identity.commonName }));
  if (now < identity.notBefore)
    throw new SignError(
      say('sign.certificate.notYetValid', { date: dayOf(identity.notBefore), name: identity.commonName }),
    );
}

/** dd/mm/yyyy in Vietnam time. */
function dayOf(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
