/**
 * The CMS (PKCS#7) SignedData a PAdES baseline signature puts in /Contents
 * (ETSI EN 319 142-1, subfilter ETSI.CAdES.detached): detached content, SHA-256,
 * signed attributes content-type, message-digest and signing-certificate-v2
 * (RFC 5035), which binds the signer's certificate into what is signed. No
 * signing-time attribute: PAdES baseline takes the time from the signature
 * dictionary's /M.
 */
import forge from 'node-forge';
import { fromBinary, toBinary } from './bytes';
import type { Signer } from './signer';

const { asn1 } = forge;
const C = asn1.Class;
const T = asn1.Type;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const oid = (id: string) => asn1.create(C.UNIVERSAL, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: forge.asn1.Asn1[]) => asn1.create(C.UNIVERSAL, T.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(C.UNIVERSAL, T.SET, true, items);
const octets = (bytes: Uint8Array) => asn1.create(C.UNIVERSAL, T.OCTETSTRING, false, toBinary(bytes));
const integer = (n: number) => asn1.create(C.UNIVERSAL, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const nullValue = () => asn1.create(C.UNIVERSAL, T.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nullValue()]);
const der = (node: forge.asn1.Asn1) => asn1.toDer(node).getBytes();
const parse = (bytes: Uint8Array) => asn1.fromDer(toBinary(bytes));

/** The DER SignedData over content whose SHA-256 is `digest`, signed by `signer`. */
export async function buildCms(digest: Uint8Array, signer: Signer): Promise<Uint8Array> {
  const { certificate, chain } = signer.identity;
  const { issuer, serial } = issuerAndSerial(certificate);
  const attributes = signedAttributes(digest, certificate, issuer, serial);
  const signature = await signer.signSha256Rsa(fromBinary(der(set(attributes))));
  const signerInfo = seq([
    integer(1),
    seq([issuer, serial]),
    algorithm(OID.sha256),
    asn1.create(C.CONTEXT_SPECIFIC, 0, true, attributes),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const signedData = seq([
    integer(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(C.CONTEXT_SPECIFIC, 0, true, [certificate, ...chain].map(parse)),
    set([signerInfo]),
  ]);
  return fromBinary(der(seq([oid(OID.signedData), asn1.create(C.CONTEXT_SPECIFIC, 0, true, [signedData])])));
}

/** The signed attributes in DER order (a SET OF is sorted by its members' encodings). */
function signedAttributes(
  digest: Uint8Array,
  certificate: Uint8Array,
  issuer: forge.asn1.Asn1,
  serial: forge.asn1.Asn1,
): forge.asn1.Asn1[] {
  const certHash = forge.md.sha256.create().update(toBinary(certificate)).digest().getBytes();
  const directoryName = asn1.create(C.CONTEXT_SPECIFIC, 4, true, [issuer]);
  const essCertIdV2 = seq([octets(fromBinary(certHash)), seq([seq([directoryName]), serial])]);
  const attributes = [
    seq([oid(OID.contentType), set([oid(OID.data)])]),
    seq([oid(OID.messageDigest), set([octets(digest)])]),
    seq([oid(OID.signingCertificateV2), set([seq([seq([essCertIdV2])])])]),
  ];
  return attributes.sort((a, b) => (der(a) < der(b) ? -1 : der(a) > der(b) ? 1 : 0));
}

/** The certificate's issuer Name and serial number, as encoded in it (v1 certificates have no [0] version). */
export function issuerAndSerial(certificate: Uint8Array): { issuer: forge.asn1.Asn1; serial: forge.asn1.Asn1 } {
  const tbs = (parse(certificate).value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const offset = tbs[0].tagClass === C.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: tbs[offset], issuer: tbs[offset + 2] };
}
