/**
 * One invitation as one section: A4 portrait, the decree's margins, numbering
 * from 1 with page 1 unnumbered (NĐ 30/2020, PL I-P.I-M.I-k.1, k.3, k.7).
 */
import { PageOrientation, type FileChild, type ISectionOptions } from 'docx';
import { type Layout, type Measures, footerDistanceMm, headerDistanceMm, mmToTwip } from '../../core/layout';
import { aboveHeaderParagraphs, afterFootParagraphs, bodyParagraphs } from './body';
import { footTable } from './foot-table';
import { pageGeometry } from './geometry';
import { headerTable } from './header-table';
import { contactFooter, emptyFooter, emptyHeader, pageNumberHeader } from './headers-footers';
import { markParagraphs } from './marks';
import { titleParagraphs } from './title';

/** The section of one invitation, with its own page numbering starting at 1. */
export function invitationSection(layout: Layout, measures: Measures): ISectionOptions {
  const geometry = pageGeometry(measures);
  const children: FileChild[] = [
    ...aboveHeaderParagraphs(layout.aboveHeader, measures),
    headerTable(layout, measures, geometry),
    ...markParagraphs(layout.marks, measures, geometry),
    ...titleParagraphs(layout, measures, geometry),
    ...bodyParagraphs(layout.body, measures),
    footTable(layout, measures, geometry),
    ...afterFootParagraphs(layout.afterFoot, measures),
  ];
  return {
    properties: { page: pageProperties(measures), titlePage: true },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    footers: { default: emptyFooter(), first: contactFooter(layout.contact, measures) },
    children,
  };
}

function pageProperties(measures: Measures) {
  const { margins, page } = measures;
  return {
    size: { width: mmToTwip(page.widthMm), height: mmToTwip(page.heightMm), orientation: PageOrientation.PORTRAIT },
    margin: {
      top: mmToTwip(margins.top),
      bottom: mmToTwip(margins.bottom),
      left: mmToTwip(margins.left),
      right: mmToTwip(margins.right),
      header: mmToTwip(headerDistanceMm(measures)),
      footer: mmToTwip(footerDistanceMm(measures)),
      gutter: 0,
    },
    pageNumbers: { start: 1 },
  };
}
