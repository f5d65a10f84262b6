/**
 * The software signer: a PKCS#12 file (.p12/.pfx) opened with its password.
 * Only RSA keys: node-forge reads no other kind from a .p12, and the CAs that
 * issue Vietnamese public-service certificates issue RSA.
 */
import forge from 'node-forge';
import { say } from '../core/messages';
import { fromBinary, toBinary } from './bytes';
import { SignError } from './sign-error';
import type { Signer, SignerIdentity } from './signer';

type Bag = forge.pkcs12.Bag;

/** The signer held in `p12`; a wrong password or a file that is no PKCS#12 is one SignError. */
export function openP12(p12: Uint8Array, password: string): Signer {
  const store = readStore(p12, password);
  const key = privateKeyOf(store);
  const certificates = bagsOf(store, forge.pki.oids.certBag).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const own = certificates.find((c) => samePublicKey(c, key));
  if (!own) throw new SignError(say('sign.p12.noMatchingCertificate'));
  const identity = identityOf(
    own,
    certificates.filter((c) => c !== own),
  );
  return {
    identity,
    signSha256Rsa: (data) => {
      const md = forge.md.sha256.create();
      md.update(toBinary(data));
      return Promise.resolve(fromBinary(key.sign(md)));
    },
  };
}

function readStore(p12: Uint8Array, password: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(toBinary(p12));
  } catch {
    throw new SignError(say('sign.p12.notP12'));
  }
  try {
    return openStore(asn1, password);
  } catch (error) {
    // forge names a failed MAC check, and a failed decryption of a bag, as below
    const text = error instanceof Error ? error.message : String(error);
    if (/password|mac|decrypt|pad/i.test(text)) throw new SignError(say('sign.p12.wrongPassword'));
    throw new SignError(say('sign.p12.notP12'));
  }
}

/**
 * PKCS#12 derives its MAC key from the password as UTF-16 (forge does this),
 * while the PBES2 encryption OpenSSL 3 uses by default takes it as UTF-8
 * (RFC 8018; forge passes the string's code units): a password with Vietnamese
 * letters verifies the MAC and then fails to decrypt. Once the MAC is verified,
 * the store is opened again without it, the password given as UTF-8.
 */
function openStore(asn1: forge.asn1.Asn1, password: string): forge.pkcs12.Pkcs12Pfx {
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const macFailed = error instanceof Error && /MAC could not be verified/.test(error.message);
    if (macFailed || !/[^\u0000-\u007f]/.test(password)) throw error;
    const parts = asn1.value as forge.asn1.Asn1[];
    const withoutMac = forge.asn1.create(asn1.tagClass, asn1.type, true, parts.slice(0, 2));
    return forge.pkcs12.pkcs12FromAsn1(withoutMac, false, forge.util.encodeUtf8(password));
  }
}

function bagsOf(store: forge.pkcs12.Pkcs12Pfx, bagType: string): Bag[] {
  return store.getBags({ bagType })[bagType] ?? [];
}

function privateKeyOf(store: forge.pkcs12.Pkcs12Pfx): forge.pki.rsa.PrivateKey {
  const bags = [...bagsOf(store, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(store, forge.pki.oids.keyBag)];
  const key = bags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SignError(say('sign.p12.noKey'));
  if (!('n' in key)) throw new SignError(say('sign.p12.notRsa'));
  return key;
}

function samePublicKey(certificate: forge.pki.Certificate, key: forge.pki.rsa.PrivateKey): boolean {
  const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
  return Boolean(publicKey.n) && publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
}

function identityOf(own: forge.pki.Certificate, chain: forge.pki.Certificate[]): SignerIdentity {
  const der = (c: forge.pki.Certificate) => fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes());
  const field = (name: string) => {
    const found = own.subject.getField(name) as { value?: unknown; valueTagClass?: number } | null;
    return typeof found?.value === 'string' ? decodeName(found.value, found.valueTagClass) : undefined;
  };
  return {
    certificate: der(own),
    chain: chain.map(der),
    commonName: field('CN') ?? '',
    organization: field('O'),
    notBefore: own.validity.notBefore,
    notAfter: own.validity.notAfter,
  };
}

/** forge leaves a name's bytes as they are encoded: UTF8String (Vietnamese names) and BMPString decoded here. */
function decodeName(bytes: string, tag: number | undefined): string {
  if (tag === forge.asn1.Type.BMPSTRING)
    return String.fromCharCode(
      ...Array.from(
        { length: bytes.length >> 1 },
        (_, i) => bytes.charCodeAt(2 * i) * 256 + bytes.charCodeAt(2 * i + 1),
      ),
    );
  if (tag !== forge.asn1.Type.UTF8) return bytes;
  try {
    return forge.util.decodeUtf8(bytes);
  } catch {
    return bytes;
  }
}
