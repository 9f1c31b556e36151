/** The server refuses longer queries (BAD_USER_INPUT); the fields stop there. */
export const MAX_QUERY_LENGTH = 300;
