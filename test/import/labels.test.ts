// Row labels as offices print them, matched to the catalogue: wordings, typos, split labels, group headings.
import { describe, expect, it } from 'vitest';
import { matchActiveLabel, matchApplicationLabel } from '../../shared/import/labels.js';

const row = (label: string) => {
  const match = matchApplicationLabel(label);
  return match.kind === 'row' ? match.key : match.kind;
};

describe('table 三 row labels', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', 'received'],
    ['一 、本年新收政府信息公开申请数量', 'received'],
    ['（二）部分公开', 'partlyGranted'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', 'partlyGranted'],
    ['（三）不予公开 1.属于国家秘密', 'withheld.stateSecret'],
    ['1、属于国家秘密', 'withheld.stateSecret'],
    ['１．属于国家秘密', 'withheld.stateSecret'],
    ['2.其他法律行政止公开', 'withheld.prohibitedByLaw'],
    ['3.危及"三安全一稳定"', 'withheld.securityStability'],
    ['3.危及「三安全一穩定」'.replace('穩', '稳'), 'withheld.securityStability'],
    ['2.没有现成信息需要另外制作', 'unavailable.needsCreation'],
    ['三、本年度办理结果 （一）予以公开', 'granted'],
    ['3.其他', 'otherHandling.other'],
    ['四、结转下一年度继续办理', 'carriedForward'],
    ['（七）总计', 'resultsTotal'],
    ['三、（一）予以公开', 'granted'],
    ['（五）不 1.信访举报投诉类申请', 'notProcessed.complaint'],
    ['予处理 2.重复申请', 'notProcessed.duplicate'],
  ])('"%s" is row %s', (label, key) => {
    expect(row(label)).toBe(key);
  });

  it('pieces of a heading a PDF broke over lines do not make the label inexact', () => {
    expect(matchApplicationLabel('予处理 2.重复申请')).toEqual({ kind: 'row', key: 'notProcessed.duplicate', exact: true });
    expect(matchApplicationLabel('三、（一）予以公开')).toEqual({ kind: 'row', key: 'granted', exact: true });
  });

  it('a group heading alone names no row (its numbers are placed only by order)', () => {
    expect(matchApplicationLabel('（三）不予公开')).toEqual({ kind: 'group', group: 'withheld' });
    expect(row('申请人情况')).toBe('none');
    expect(row('自然人')).toBe('none');
  });
});

describe('table 二 row labels', () => {
  it.each([
    ['规 章', 'regulations'],
    ['规范性文件', 'normativeDocuments'],
    ['行政规范性文件', 'normativeDocuments'],
    ['第二十条第（五）项 行政许可', 'licensing'],
    ['行政事业性收费', 'fees'],
    ['政府集中采购', 'procurement2019'],
  ])('"%s" is row %s', (label, key) => {
    expect(matchActiveLabel(label)).toBe(key);
  });
});
