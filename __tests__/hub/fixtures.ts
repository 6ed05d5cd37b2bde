/** Commits shared by the Hub tests. */
export const SHA_A = '0e9e39f249a16976918f6564b8830bc894c89659';
export const SHA_B = '1111111111111111111111111111111111111111';
