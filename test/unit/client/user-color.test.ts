import { initials, userColor } from '../../../client/src/features/chapters/editor/userColor';

describe('caret colours and initials', () => {
  it('gives a person the same colour every time, and spreads people over the palette', () => {
    const ids = Array.from(
      { length: 40 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(ids.map(userColor)).toEqual(ids.map(userColor));
    expect(new Set(ids.map(userColor)).size).toBeGreaterThanOrEqual(8);
    for (const colour of ids.map(userColor)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('takes the initials of the first and last name, and a question mark for no name', () => {
    expect(initials('Mette Kjær')).toBe('MK');
    expect(initials('  anne   louise mortensen ')).toBe('AM');
    expect(initials('Karim')).toBe('K');
    expect(initials('   ')).toBe('?');
  });
});
