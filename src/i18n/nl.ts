// The Dutch interface texts: the source language. Its shape is the type every other language must
// match (see en.ts), so a missing translation fails the type check. Longer texts about organisations,
// indicators and pages live in content/ as data.
export const nl = {
  meta: {
    siteName: 'Hulpwijzer',
    description:
      'Uitleg, een vragenlijst en de weg naar hulp bij dwang in een groep. Alles blijft op je apparaat.',
  },
  skipLink: 'Naar de inhoud',
  quickExit: {
    label: 'Snel weg',
    accessibleName: 'Snel weg: verlaat deze website direct',
    pressesLeft_one: 'Druk nog {{count}} keer op Shift om deze website direct te verlaten.',
    pressesLeft_other: 'Druk nog {{count}} keer op Shift om deze website direct te verlaten.',
    neutralTitle: 'Nieuw tabblad',
  },
  emergency: {
    text: 'Direct gevaar?',
    call: 'Bel 112',
  },
  header: {
    home: 'Hulpwijzer, naar de startpagina',
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Read this page in English',
  },
  nav: {
    label: 'Hoofdmenu',
    footerLabel: 'Meer over deze website',
    home: 'Start',
    safety: 'Veilig gebruiken',
    indicators: 'Kenmerken',
    selfCheck: 'Zelfcheck',
    helpFinder: 'Hulpwijzer',
    professionals: 'Voor professionals',
    organisations: 'Organisaties',
    accountability: 'Verantwoording',
    back: 'Terug',
  },
  footer: {
    updated: 'Inhoud bijgewerkt op {{date}}',
    version: 'versie {{version}}',
    privacy: 'Deze website bewaart niets op een server en gebruikt geen cookies.',
  },
  home: {
    title: 'Hulpwijzer',
    lead: 'Voel je je niet vrij in een groep of gemeenschap? Of maak je je zorgen om iemand? Hier vind je uitleg, een vragenlijst en de weg naar hulp.',
    private: 'Wat je hier doet, blijft op dit apparaat. Er gaat niets naar een server.',
    doubt: 'Twijfel je of het erg genoeg is? Ook dan mag je hulp vragen.',
    waysIn: 'Waar wil je beginnen?',
    safetyFirst:
      'Gebruik je een telefoon of computer die anderen ook kunnen zien? Lees dan eerst hoe je deze website veilig gebruikt.',
    cards: {
      safety: 'Wat de knop Snel weg doet, en wat niet.',
      indicators: 'Waaraan je dwang in een groep kunt herkennen.',
      selfCheck: 'Een vragenlijst voor jezelf of over iemand anders. Je antwoorden blijven bij jou.',
      helpFinder: 'Een paar vragen, en je ziet welke organisatie bij je past.',
      professionals: 'Signalen, de meldcode en een routekaart om mee te geven.',
    },
  },
  stub: {
    soon: 'Komt binnenkort',
    body: 'Aan dit deel werken we nog. Wil je nu al hulp? Kijk dan bij de organisaties.',
    toOrganisations: 'Naar de organisaties',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    home: 'Naar de startpagina',
    helpFinder: 'Naar de hulpwijzer',
  },
  update: {
    available: 'Nieuwe versie beschikbaar.',
    reload: 'Vernieuwen',
    later: 'Later',
  },
  organisations: {
    title: 'Organisaties die kunnen helpen',
    lead: 'Deze organisaties helpen bij dwang in een groep, bij geweld of bij zorgen om iemand. Weet je niet welke past? De hulpwijzer helpt je kiezen.',
    toHelpFinder: 'Naar de hulpwijzer',
    forWhom: 'Voor wie?',
    contact: 'Contact opnemen',
    facts: 'Goed om te weten',
    whatHappens: 'Wat gebeurt er als je contact opneemt?',
    always: 'Bij elk contact geldt: je kunt eerst vragen stellen. Jij bepaalt wat je vertelt. Je kunt altijd stoppen.',
    topic: {
      cost: 'Kosten',
      anonymity: 'Anoniem',
      hours: 'Openingstijden',
      languages: 'Talen',
      other: 'Verder',
    },
    hoursOpen: 'Kijk op de website voor actuele openingstijden.',
    openDetail: 'Kijk op de website voor actuele informatie.',
    source: 'Bron: {{name}}, {{date}}',
    sourceUndated: 'Bron: {{name}}, zonder datum, gelezen in {{read}}',
    outside: '(opent buiten deze website)',
    checked: 'Wat hier staat, komt uit openbare bronnen. Bij elk gegeven staat de datum van de bron. Kijk bij twijfel op de website van de organisatie.',
  },
  safety: {
    wipe: 'Alles wissen',
    wipeHelp:
      'Deze knop wist alles wat deze website op dit apparaat heeft gezet. Daarna verlaat je de website direct.',
    wipeNoScript:
      'Alles wissen werkt alleen als JavaScript aan staat. Je kunt de gegevens ook wissen in de instellingen van je browser, bij de gegevens van deze website.',
    wiping: 'Bezig met wissen…',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
/** The shape every translation must have: the Dutch keys, with any text. */
export type Dictionary = Widen<typeof nl>;
