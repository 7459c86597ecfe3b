import { describe, expect, it } from 'vitest';
import { betsForFilters, buildBets, matchBestBets, nameKeys } from '../../../../src/lib/search/best-bets.ts';

const DATA = buildBets({
  topics: [
    {
      id: 'two-plus-two-dialogue',
      title: '2+2 Ministerial Dialogue',
      url: '/topics/two-plus-two-dialogue/',
      summary: 'Foreign and defence ministers together.',
      aliases: ['2+2 dialogue', 'two plus two', '2+2'],
    },
    {
      id: 'jimex',
      title: 'JIMEX',
      url: '/topics/jimex/',
      summary: 'Naval exercise.',
      aliases: ['Japan-India Maritime Exercise'],
    },
    {
      id: 'mahsr',
      title: 'Mumbai-Ahmedabad High-Speed Rail (MAHSR)',
      url: '/topics/mahsr/',
      summary: 'Bullet train.',
      aliases: ['Bullet Train'],
    },
    {
      id: 'ssgp',
      title: 'Special Strategic and Global Partnership',
      url: '/topics/ssgp/',
      summary: 'Since 2014.',
      aliases: [],
    },
    {
      id: 'china-plus-one',
      title: 'China+1 strategy',
      url: '/topics/china-plus-one/',
      summary: 'Diversify.',
      aliases: [],
    },
  ],
  terms: [
    { term: 'Japan', hindi: 'जापान', topic: 'ssgp', aliases: [] },
    {
      term: 'Mumbai–Ahmedabad High-Speed Rail',
      hindi: 'मुंबई–अहमदाबाद हाई-स्पीड रेल',
      topic: 'mahsr',
      aliases: ['bullet train', 'बुलेट ट्रेन', 'Shinkansen'],
    },
  ],
});

const ids = (query: string) => matchBestBets(query, DATA).topics.map((t) => t.id);

describe('matchBestBets', () => {
  it.each([
    ['digits and a plus', '2+2', ['two-plus-two-dialogue']],
    ['spelled out', 'two plus two', ['two-plus-two-dialogue']],
    ['mixed', '2 plus 2', ['two-plus-two-dialogue']],
    ['the title in another case', 'jimex', ['jimex']],
    ['an alias with different punctuation', 'japan india maritime exercise', ['jimex']],
    ['the abbreviation in a title’s brackets', 'mahsr', ['mahsr']],
    ['the title without its brackets', 'Mumbai Ahmedabad high speed rail', ['mahsr']],
    ['an alias and a glossary alias naming the same topic once', 'Bullet train', ['mahsr']],
    ['a glossary alias alone', 'shinkansen', ['mahsr']],
    ['a Hindi glossary term', 'जापान', ['ssgp']],
    ['a Hindi glossary alias', 'बुलेट ट्रेन', ['mahsr']],
    ['a Hindi query containing a Hindi term', 'जापान के साथ संबंध', ['ssgp']],
    ['an English glossary term', 'Japan', ['ssgp']],
    ['a spelled-out number in a name', 'china plus one', ['china-plus-one']],
    ['the unique start of an alias', 'bullet', ['mahsr']],
    ['a start shared by several topics is no bet', 'm', []],
    ['a word inside a title is no bet', 'partnership', []],
    ['an empty query', '  ', []],
  ])('%s: %j → %j', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('names the glossary terms a Hindi query matched', () => {
    expect(matchBestBets('जापान', DATA).terms.map((t) => t.term)).toEqual(['Japan']);
  });

  it('shows at most the limit', () => {
    expect(matchBestBets('2+2', DATA, 0).topics).toEqual([]);
  });
});

describe('nameKeys', () => {
  it.each([
    [['JIMEX'], ['jimex']],
    [
      ['Mumbai-Ahmedabad High-Speed Rail (MAHSR)'],
      ['mumbai ahmedabad high speed rail mahsr', 'mumbai ahmedabad high speed rail', 'mahsr'],
    ],
    [['2+2', 'two plus two'], ['2 plus 2']],
    [['', '!!'], []],
  ])('%j → %j', (names, keys) => {
    expect(nameKeys(names)).toEqual(keys);
  });
});

describe('betsForFilters', () => {
  const bets = matchBestBets('bullet train', DATA).topics;
  it.each([
    ['no filters', {}, ['mahsr']],
    ['topics among the types', { type: ['note', 'topic'] }, ['mahsr']],
    ['only notes', { type: ['note'] }, []],
    ['the same topic', { topic: ['mahsr', 'jimex'] }, ['mahsr']],
    ['another topic', { topic: ['jimex'] }, []],
    ['a facet topics never carry', { gs: ['gs2'] }, []],
  ])('%s', (_, filters, expected) => {
    expect(betsForFilters(bets, filters).map((t) => t.id)).toEqual(expected);
  });
});
