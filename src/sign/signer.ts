/**
 * What signs: a software certificate (.p12) today, a hardware token (PKCS#11,
 * the USB certificates most offices hold) later. The PDF side never sees a
 * private key: it hands the signer the DER of the CMS signed attributes and
 * gets the raw signature back, which is exactly what a token's C_Sign with
 * CKM_SHA256_RSA_PKCS does.
 */

/** The signer's certificate and what the appearance and the checks read from it. */
export interface SignerIdentity {
  /** The signer's certificate, DER. */
  readonly certificate: Uint8Array;
  /** The issuing chain (without the signer's own certificate), DER, embedded so validators can build the path. */
  readonly chain: readonly Uint8Array[];
  /** The subject's common name (CN), the name printed in the appearance. */
  readonly commonName: string;
  /** The subject's organisation (O), when the certificate names one. */
  readonly organization?: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A key that signs, behind whatever holds it. */
export interface Signer {
  readonly identity: SignerIdentity;
  /** RSASSA-PKCS1-v1_5 with SHA-256 over `data` (the DER of the signed attributes). */
  signSha256Rsa(data: Uint8Array): Promise<Uint8Array>;
}
