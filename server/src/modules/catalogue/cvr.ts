/** CVR numbers (Det Centrale Virksomhedsregister): 8 digits with a modulus-11 check. */

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/**
 * The 8 digits of a CVR number typed with any whitespace ("12 34 56 78"), or
 * null when it is not 8 digits with a valid modulus-11 check (the weighted sum
 * divisible by 11).
 */
export function normalizeCvr(input: string): string | null {
  const digits = input.replace(/\s+/gu, '');
  if (!/^[0-9]{8}$/.test(digits)) return null;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return sum % 11 === 0 ? digits : null;
}
