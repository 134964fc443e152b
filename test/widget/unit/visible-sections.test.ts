// Unit tests of "which sections are visible": a pure function of the facts, the partner's
// sections, the reader's needs and whether quick exit is on.
import {expect} from '@open-wc/testing';
import type {WidgetFacts} from '../../../src/content/widget-types.js';
import {matchingSections, placesBesideHotline, visibleSections} from '../../../src/finder/visible-sections.js';

const facts: WidgetFacts = {
  services: [
    {id: 'line', needs: [{need: 'talk'}]},
    {id: 'shelter', needs: [{need: 'sleep'}]},
    {id: 'family', needs: [{need: 'kids'}, {need: 'hurt', with: ['kids']}]},
    {id: 'info', needs: []},
  ],
  materials: [],
  needs: ['talk', 'sleep', 'kids', 'hurt'],
  sections: [
    {id: 'hotline', services: ['line']},
    {id: 'shelters', services: ['shelter']},
    {id: 'alternatives', services: []},
    {id: 'family-homes', services: ['family'], under: 'alternatives'},
    {id: 'info', services: ['info']},
    {id: 'no-trace', services: []},
  ],
  updated: '2026-11-28',
};
const all = facts.sections.map((s) => s.id);

describe('visible sections', () => {
  it('shows what the partner shows when no need is chosen', () => {
    expect(visibleSections(facts, {shown: all, needs: [], quickExit: true})).to.deep.equal(all);
    expect(visibleSections(facts, {shown: ['hotline', 'info'], needs: [], quickExit: true})).to.deep.equal(['hotline', 'info']);
  });

  it('keeps the hotline first in every view, and the no-trace tips only while quick exit is on', () => {
    expect(matchingSections(facts, ['talk'], true)).to.deep.equal(['hotline', 'no-trace']);
    expect(matchingSections(facts, ['talk'], false)).to.deep.equal(['hotline']);
  });

  it('brings the condition a section is under whenever that section shows', () => {
    expect(matchingSections(facts, ['kids'], false)).to.deep.equal(['hotline', 'alternatives', 'family-homes']);
  });

  it('counts an answer limited by `with` only when those needs are chosen too', () => {
    expect(matchingSections(facts, ['hurt'], false)).to.deep.equal(['hotline']);
    expect(matchingSections(facts, ['hurt', 'kids'], false)).to.deep.equal(['hotline', 'alternatives', 'family-homes']);
  });

  it('never shows what the partner hid, and counts only places beside the hotline', () => {
    const visible = visibleSections(facts, {shown: ['hotline', 'shelters', 'family-homes'], needs: ['sleep', 'kids'], quickExit: true});
    expect(visible).to.deep.equal(['hotline', 'shelters', 'family-homes']);
    expect(placesBesideHotline(facts, visible)).to.equal(2);
    expect(placesBesideHotline(facts, ['hotline', 'alternatives', 'no-trace'])).to.equal(0);
  });
});
