import { normaliseLinkUrl } from '../../../client/src/features/chapters/editor/linkUrl';

describe('links typed into a chapter', () => {
  it('accepts web pages and mail addresses, adding the scheme a person leaves out', () => {
    expect(normaliseLinkUrl(' sm.dk/vejledning ')).toBe('https://sm.dk/vejledning');
    expect(normaliseLinkUrl('http://example.org')).toBe('http://example.org/');
    expect(normaliseLinkUrl('kontakt@socialstyrelsen.dk')).toBe('mailto:kontakt@socialstyrelsen.dk');
    expect(normaliseLinkUrl('mailto:a@b.dk')).toBe('mailto:a@b.dk');
  });

  it('refuses other schemes and input that is no address', () => {
    expect(normaliseLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseLinkUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(normaliseLinkUrl('ftp://files.example.org')).toBeNull();
    expect(normaliseLinkUrl('   ')).toBeNull();
    expect(normaliseLinkUrl('https://')).toBeNull();
  });
});
