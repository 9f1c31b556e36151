export const versionKindKey = (kind: string) => `kind.${kind}`;
