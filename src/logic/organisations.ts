// The organisations the help finder can recommend: one id per organisation, declared here
// because routing rules name them. content/organisations/<id>.yaml must exist for each one (checked
// at build time), so a rule can never point at an organisation the app cannot show.
export const organisationIds = [
  'alarmnummer-112',
  'politie',
  'meld-misdaad-anoniem',
  'veilig-thuis',
  'fier-onder-controle',
  'helpwanted',
  'centrum-seksueel-geweld',
  'slachtofferhulp',
  '113-zelfmoordpreventie',
  'kindertelefoon',
  'buitenlandse-zaken',
  'comensha',
  'arbeidsinspectie',
] as const;

export type OrganisationId = (typeof organisationIds)[number];
