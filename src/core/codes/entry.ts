/** The shape of one entry of the rules reference (see ../catalog.ts). */
import type { Localized, RuleCode, Severity } from '../model/problem';

/** An option a rule reads from the configuration file. */
export interface RuleOptionDoc {
  /** Key under the code in `giaymoi.config.yaml`, e.g. `so_ngay_lam_viec`. */
  readonly key: string;
  readonly doc: Localized;
}

/** Everything a user needs to understand one code: what, why, where in the law, wrong and right. */
export interface CatalogEntry {
  readonly code: RuleCode;
  /** Severity when no configuration changes it. */
  readonly severity: Severity;
  /** Structural problems (the file cannot be read) cannot be turned off or lowered. */
  readonly structural?: boolean;
  /** Problems of the configuration file itself, not of an invitation. */
  readonly configFile?: boolean;
  readonly title: Localized;
  readonly checks: Localized;
  readonly why: Localized;
  /** The legal source, e.g. "NĐ 30/2020, PL I-P.I-M.II-k.3-c". */
  readonly locator: string;
  /** YAML (or text) that is reported, and the same thing written right. */
  readonly wrong: string;
  readonly right: string;
  readonly options?: readonly RuleOptionDoc[];
}
