// The Dutch interface texts: the source language. Its shape is the type every other language must
// match (see en.ts), so a missing translation fails the type check. Longer texts about organisations,
// indicators and pages live in content/ as data. Every dictionary (src/i18n/<code>.ts) exports its texts
// as default, and `unavailable` on its own (see there).

import type { PluralForm } from './languages.ts';

/**
 * The page the service worker shows when a page is neither in the offline copy nor online (src/pwa/sw.ts).
 * Exported on its own as well, so the service worker carries only these texts of every language.
 */
export const unavailable = {
  leave: 'Snel weg',
  title: 'Deze pagina is nu niet beschikbaar',
  body: 'Je browser heeft de kopie voor gebruik zonder internet gewist. Heb je weer internet? Dan komt de kopie vanzelf terug.',
} as const;

export const nl = {
  /** This language itself. */
  language: {
    /** Its name for itself: the link to this language in the language switch of every other language. */
    name: 'Nederlands',
    /** The accessible name of that link, also in this language. */
    readThisPage: 'Lees deze pagina in het Nederlands',
    /**
     * Words the app never uses about anyone's group (docs/DECISIONS.md, 'The word "sekte" once, explained'), as a
     * regular expression matched as whole words, case-insensitive. Never shown: the unit tests look for them in every
     * text of this language.
     */
    neverSay: 'sekten?',
    /**
     * Words with which the plan would tell someone to leave or set a deadline (issue "Mijn plan": it never
     * does), as a regular expression like `neverSay`. Never shown: a unit test looks for them in the plan.
     */
    neverPush: 'je moet weg|ga weg|ga nu|vertrek nu|binnen \\d+ (?:dagen|uur|weken)|vóór \\d|uiterlijk',
  },
  meta: {
    siteName: 'Hulpwijzer',
    description: 'Uitleg, een vragenlijst en de weg naar hulp bij dwang in een groep. Alles blijft op je apparaat.',
  },
  confirmRestart: {
    question: 'Je antwoorden zijn dan weg. Wil je opnieuw beginnen?',
    yes: 'Ja, opnieuw beginnen',
    no: 'Nee, ga terug',
  },
  skipLink: 'Naar de inhoud',
  topBar: { label: 'Snel weg en noodnummer' },
  quickExit: {
    label: 'Snel weg',
    accessibleName: 'Snel weg: verlaat deze website direct',
    pressesLeft_one: 'Druk nog {{count}} keer op Shift om deze website direct te verlaten.',
    pressesLeft_other: 'Druk nog {{count}} keer op Shift om deze website direct te verlaten.',
    neutralTitle: 'Nieuw tabblad',
    // Said while the page goes blank: neutral, like any page that loads.
    leaving: 'Bezig met laden.',
    expired: 'Snel weg gaat niet door. Druk 3 keer kort na elkaar op Shift om direct weg te gaan.',
  },
  emergency: {
    text: 'Direct gevaar?',
    call: 'Bel 112',
  },
  header: {
    home: 'Hulpwijzer, naar de startpagina',
    languages: 'Deze pagina in een andere taal',
  },
  nav: {
    footerLabel: 'Meer over deze website',
    safety: 'Veilig gebruiken',
    indicators: 'Kenmerken',
    selfCheck: 'Zelfcheck',
    helpFinder: 'Hulp zoeken',
    professionals: 'Voor professionals',
    relatives: 'Voor naasten',
    organisations: 'Organisaties',
    accountability: 'Verantwoording',
    back: 'Terug',
  },
  footer: {
    updated: 'Inhoud nagekeken op {{date}}',
    version: 'versie {{version}}',
    privacy: 'Deze website bewaart niets op een server en gebruikt geen cookies.',
    publisher: 'Deze app wordt aangeboden door {{name}}.',
    publisherMore: 'Wie biedt deze app aan?',
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
      relatives: 'Zorgen om iemand in een groep? Wat vaak helpt, en waar je advies krijgt.',
    },
  },
  unavailable,
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    home: 'Naar de startpagina',
    helpFinder: 'Zoek hulp die past',
  },
  update: {
    available: 'Nieuwe versie beschikbaar.',
    reload: 'Vernieuwen',
    later: 'Later',
  },
  organisations: {
    title: 'Organisaties die kunnen helpen',
    lead: 'Deze organisaties helpen bij dwang in een groep, bij geweld of bij zorgen om iemand. Weet je niet welke past? Bij Hulp zoeken kies je met een paar vragen.',
    toList: 'Naar de organisaties',
    toHelpFinder: 'Zoek hulp die past',
    forWhom: 'Voor wie?',
    contact: 'Zo neem je contact op',
    call: 'Bel {{number}}',
    when: 'Wanneer?',
    howToFind: 'Zo vind je de chat:',
    whatHappens: 'Wat gebeurt er als je contact opneemt?',
    always: 'Bij elk contact geldt: je kunt eerst vragen stellen. Jij bepaalt wat je vertelt. Je kunt altijd stoppen.',
    more: 'Meer over {{name}}',
    moreFacts: 'Meer om te weten',
    sources: 'Bronnen',
    hoursOpen: 'Kijk op de website voor actuele openingstijden.',
    ref: 'bron {{n}}, {{date}}',
    refUndated: 'bron {{n}}, webpagina zonder datum',
    dated: 'bron van {{date}}',
    datedNone: 'webpagina zonder datum',
    source: '{{name}}, {{date}}.',
    sourceUndated: '{{name}}, webpagina zonder datum, gelezen in {{read}}.',
    outside: '(naar een andere website)',
    offlinePhone: 'Je bent nu offline. Bellen kan wel. De chat en websites werken pas weer als je internet hebt.',
    offlineWeb: 'Je bent nu offline. De chat en de website werken pas weer als je internet hebt.',
    groups: {
      groups: 'Dwang of onveiligheid in een groep',
      now: 'Nu in gevaar, of gedachten aan zelfdoding',
      home: 'Geweld thuis, en zorgen om een kind',
      sexual: 'Seksueel geweld en misbruik online',
      crime: 'Een misdrijf: aangifte, anoniem doorgeven, steun',
      abroad: 'Uitbuiting, en achtergelaten in het buitenland',
    },
    languageNote:
      'De meeste organisaties antwoorden in het Nederlands. Neem iemand mee die kan tolken, of vraag ernaar. Helpt een organisatie ook in een andere taal? Dan staat dat bij die organisatie.',
    checked:
      'Wat hier staat, komt uit openbare bronnen. Bij elk gegeven staat de datum van de bron. Kijk bij twijfel op de website van de organisatie.',
  },
  indicators: {
    lead: 'Dwang in een groep kan er op veel manieren uitzien. Hier lees je per onderwerp waar je op kunt letten, met voorbeelden uit het dagelijks leven.',
    noVerdict:
      'Geen lijst kan zeggen of een groep schadelijk is. Herken je iets? Dan mag je erover praten, ook als je twijfelt.',
    examples: 'Voorbeelden',
    inside: 'Hoe het kan voelen',
    outside: 'Wat familie of vrienden kunnen zien',
    urgentTitle: 'Hulp voor nu',
    toFinder: 'Zoek hulp die bij je past',
    toSelfCheck: 'Doe de zelfcheck',
    toOverview: 'Alle kenmerken',
    sources: 'Waar komen deze teksten vandaan?',
  },
  relatives: {
    callTitle: 'Bellen of chatten over je zorgen',
    contactTitle: 'Meer over advies voor jezelf',
    toSelfCheck: 'Doe de zelfcheck over iemand anders',
    toHelpFinder: 'Zoek met een paar vragen welke hulp past',
    toIndicators: 'Lees de kenmerken',
  },
  contents: {
    title: 'Op deze pagina',
  },
  accountability: {
    reviewed: 'Laatst nagekeken op {{date}}.',
    references: 'Bronnen',
    publisher: 'Wie biedt deze app aan',
    contactLink: 'Meld een fout in de inhoud',
    privacyLink: 'Privacyverklaring',
  },
  /** The privacy statement (issue 23): its promises come from src/policy.ts, the host's parts from content/site.yaml. */
  privacyPage: {
    title: 'Privacyverklaring',
    lead: 'Hier lees je wat er met gegevens gebeurt als je Hulpwijzer gebruikt. Kort gezegd: de app stuurt niets over jou naar een server.',
    promises: 'Wat de app belooft',
    promise: {
      noOtherSite: {
        title: 'Geen contact met andere websites',
        text: 'De app laadt niets van andere websites: geen scripts, geen lettertypen, geen plaatjes. Zo ziet geen andere website dat je hier bent.',
      },
      noCookies: {
        title: 'Geen cookies en geen meetprogramma',
        text: 'De app zet geen cookies. Er is geen programma dat bijhoudt wat je leest of waar je klikt.',
      },
      storedOnlyByChoice: {
        title: 'Je antwoorden blijven van jou',
        text: 'Wat je invult, staat alleen in het geheugen van je browser. Sluit je de pagina, dan is het weg. Bewaren kan alleen als je dat zelf kiest. Dan versleutelt de app je antwoorden met een wachtwoord dat alleen jij kent. Ze blijven op je eigen apparaat.',
      },
      noServerLogs: {
        title: 'Geen lijst van bezoekers',
        text: 'Een webserver schrijft vaak op wie welke pagina bekijkt. De instelling voor de webserver die bij de app hoort, zet dat uit. Een organisatie kan haar server anders instellen. Daarover gaat het deel over de wet hieronder.',
      },
      offlineCopy: {
        title: 'Wat je browser wel bewaart',
        text: 'Na je eerste bezoek bewaart je browser een kopie van de app. Zo werkt de app ook zonder internet. In die kopie staat niets over jou.',
      },
    },
    removeCopy: 'Wil je die kopie weg hebben? Gebruik dan de knop "Alles wissen" op de pagina Veilig gebruiken.',
    checkedBy: 'Welke test dit controleert',
    law: 'Wat de wet (AVG) vraagt',
    noHost:
      'Nog geen organisatie biedt deze kopie van de app aan. Daarom staan hieronder nog geen gegevens van een organisatie.',
    controller: 'Wie is verantwoordelijk?',
    controllerName: '{{name}} is verantwoordelijk voor deze website.',
    controllerNone: 'Er is nog geen organisatie die verantwoordelijk is voor de server van deze kopie.',
    purposes: 'Waarvoor zijn gegevens nodig?',
    purposesText:
      'De app zelf verwerkt geen gegevens over jou. Een webserver ziet wel je internetadres (IP-adres). Dat is nodig om de pagina naar je toe te sturen. Een IP-adres is een persoonsgegeven.',
    legalBasis: 'Op welke grond?',
    recipients: 'Wie krijgt gegevens?',
    recipientsApp: 'De app stuurt niets naar anderen.',
    retention: 'Hoe lang blijven gegevens bewaard?',
    retentionApp: 'De instelling die bij de app hoort, bewaart geen bezoeken.',
    fromHost: 'Dit vult de organisatie in die de app aanbiedt.',
    rights: 'Je rechten',
    rightsText:
      'Je mag vragen welke gegevens er over jou zijn. Je mag ook vragen om ze te verbeteren of te wissen. De app bewaart niets, dus meestal is er niets te zien. Je vraag stel je aan de organisatie die de app aanbiedt.',
    complaint: 'Een klacht',
    complaintText:
      'Ben je het niet eens met wat er met je gegevens gebeurt? Dan mag je een klacht indienen bij de Autoriteit Persoonsgegevens.',
    complaintLink: 'Naar de website van de Autoriteit Persoonsgegevens',
  },
  /** The accessibility statement (issue 23), in the model of digitoegankelijk.nl; checks from src/policy.ts. */
  accessibilityPage: {
    title: 'Toegankelijkheid',
    lead: 'Iedereen moet deze app kunnen gebruiken. Ook met een schermlezer, met alleen een toetsenbord of met grote letters. Hier lees je hoe ver de app daarmee is.',
    scope: "Over welke pagina's gaat dit?",
    scopeText:
      "Deze verklaring gaat over alle {{count}} pagina's van Hulpwijzer, in elke taal. Het gaat om versie {{version}}, gemaakt op {{date}}.",
    standard: 'De norm is WCAG 2.2, niveau AA. Daarin staan ook alle eisen die de wet nu stelt.',
    status: 'Status',
    statusText: {
      A: 'Status A: voldoet volledig. Het onderzoek van {{date}} door {{by}} vond geen fouten.',
      B: 'Status B: voldoet gedeeltelijk. Het onderzoek van {{date}} door {{by}} vond {{count}} eisen waar de app nog niet aan voldoet.',
      C: 'Status C: eerste maatregelen genomen. Een onderzoek door een onafhankelijke deskundige is gepland op {{date}}.',
      D: 'Status D: voldoet niet. Dat komt niet door een bekende fout. Het komt doordat nog geen onafhankelijke deskundige de app heeft onderzocht.',
    },
    auditNeeded:
      'Voor status A is een onderzoek nodig door een onafhankelijke deskundige, volgens de methode WCAG-EM. Dat onderzoek mag niet ouder zijn dan drie jaar. Onze eigen tests tellen daarvoor niet mee.',
    report: 'Lees het rapport van het onderzoek',
    checks: 'Wat de tests van de app controleren',
    checksText:
      'Automatische tests bekijken de echte app in een browser. Hieronder staat wat ze controleren, en bij welke eisen dat hoort.',
    check: {
      axe: 'Op elke pagina, in elke taal, zoekt axe-core naar fouten tegen WCAG 2.2 AA.',
      keyboard: 'Je kunt alles doen met alleen een toetsenbord. De tests gaan zo door de hulpwijzer en de zelfcheck.',
      focus: 'Je ziet altijd waar je bent met het toetsenbord. De balk bovenaan bedekt dat nooit.',
      reflow: 'Bij 200% zoom hoef je op geen enkele pagina opzij te scrollen.',
      language: 'Elke pagina zegt in welke taal hij is. Zo leest een schermlezer hem goed voor.',
      contrast: 'De build controleert of tekst, knoppen en de focusrand genoeg contrast hebben.',
      html: 'De Nu Html Checker controleert de HTML van elke pagina.',
      ibm: 'Op één pagina van elke soort zoekt IBM Equal Access naar fouten tegen WCAG 2.2 AA. Ook bij de vragen en de uitslag.',
      htmlcs: 'Op dezelfde schermen zoekt HTML_CodeSniffer naar fouten tegen WCAG 2.2 AA.',
    },
    criteria: 'Eisen',
    notChecked: 'Wat geen test kan controleren',
    notCheckedText:
      'Veel eisen kan alleen een mens beoordelen. Is een tekst duidelijk? Past een kop bij wat eronder staat? Die eisen heeft nog geen onafhankelijke deskundige bekeken.',
    limits: 'Bekende beperkingen',
    limitAudit: 'Er is nog geen onderzoek gedaan door een onafhankelijke deskundige.',
    limitLinks: 'Links naar websites van andere organisaties vallen buiten deze verklaring.',
    contact: 'Werkt iets niet goed?',
  },
  // When the accessibility engines last ran and passed (the statement, src/a11y-run.ts).
  a11yRun: {
    last: 'De tests liepen het laatst op {{date}}, met {{tools}}. Ze vonden geen fouten op de {{count}} schermen die ze bekeken.',
    none: 'Bij deze versie is niet bekend wanneer de tests het laatst liepen. Daarom staat hier geen datum.',
    screens: 'Welke schermen de tests bekeken',
  },
  selfCheck: {
    helpTitle: 'Hier kun je erover praten',
    progress: 'Vraag {{n}} van {{total}}',
    answer: {
      yes: 'Ja',
      sometimes: 'Soms',
      no: 'Nee',
      unknown: 'Weet ik niet',
    },
    chooseRoute: 'Kies eerst over wie het gaat.',
    start: 'Begin',
    skip: 'Sla over',
    next: 'Volgende',
    previous: 'Vorige',
    finish: 'Naar de uitslag',
    sometimes: '(soms)',
    readMore: 'Lees meer over {{topic}}',
    urgentTitle: 'Hulp voor nu',
    recognisedTitle: 'Je antwoorden in het kort',
    recognisedIn: 'Je herkende signalen bij deze onderwerpen:',
    recognisedNow: 'Je herkende iets dat nu gevaarlijk kan zijn.',
    allAnswers: 'Bekijk per onderwerp wat je herkende',
    toFinder: 'Verder: zoek hulp die past',
    backToResult: 'Terug naar je uitslag',
    restart: 'Opnieuw beginnen',
    save: {
      title: 'Bewaren op dit apparaat',
      intro:
        'Je antwoorden worden nu nergens bewaard. Wil je ze later terugzien? Dan kun je ze versleuteld bewaren op dit apparaat: zo dat alleen iemand met jouw wachtwoord ze kan lezen.',
      choose: 'Ik wil mijn antwoorden bewaren',
      warning:
        'Doe dit alleen op een apparaat dat alleen van jou is. Iemand anders kan zien dat er iets bewaard is, ook al kan die het niet lezen. Ook een back-up van je apparaat kan het bevatten.',
      passphraseHelp:
        'Kies een wachtwoord van minstens 8 tekens. Vergeet je het? Dan kan niemand je antwoorden terughalen, ook wij niet.',
      passphrase: 'Wachtwoord',
      repeat: 'Herhaal het wachtwoord',
      submit: 'Versleuteld bewaren',
      cancel: 'Niet bewaren',
      tooShort: 'Het wachtwoord moet minstens 8 tekens hebben.',
      mismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
      onlySpaces: 'Het wachtwoord mag niet alleen uit spaties bestaan.',
      busy: 'Bezig met versleutelen…',
      saved:
        'Je antwoorden zijn versleuteld bewaard op dit apparaat. Je opent ze later via de zelfcheck, met je wachtwoord.',
      unavailable: 'Bewaren kan niet in deze browser, bijvoorbeeld in een privévenster. Al het andere werkt gewoon.',
      failed: 'Bewaren is niet gelukt. Er is niets bewaard.',
      delete: 'Bewaarde antwoorden wissen',
      deleted: 'De bewaarde antwoorden zijn gewist.',
      deleteFailed:
        'Wissen is niet gelukt. Sluit andere tabbladen van deze website en probeer het opnieuw. Of wis de gegevens van deze website in de instellingen van je browser.',
      error: 'Bewaren lukt niet in deze browser. Je uitslag blijft gewoon staan.',
    },
    open: {
      title: 'Eerder bewaarde antwoorden',
      intro: 'Op dit apparaat zijn antwoorden van de zelfcheck bewaard. Vul je wachtwoord in om ze te openen.',
      submit: 'Openen',
      busy: 'Bezig met openen…',
      wrong: 'Dit wachtwoord klopt niet. Er is niets gewist. Probeer het nog eens.',
      damaged: 'De bewaarde antwoorden zijn beschadigd. Ze kunnen niet meer worden geopend. Je kunt ze wissen.',
      failed: 'Openen is niet gelukt. Er is niets gewist. Probeer het later nog eens, als je weer internet hebt.',
    },
  },
  professionals: {
    tools: 'Hulpmiddelen voor in het gesprek',
    consult: 'Samen kijken: de kenmerken en Hulp zoeken in grote letters, op één scherm met je cliënt.',
    consultLink: 'Open Samen kijken',
    routeCard:
      'Een routekaart: doorloop Hulp zoeken. Onder het resultaat kun je een routekaart printen. Daarop staan de organisaties, hun nummers en wat er gebeurt als je contact opneemt. Er staat niets over je cliënt op.',
    routeCardLink: 'Naar Hulp zoeken',
    contactTitle: 'Advies en contact',
    adviceNow:
      'Zorgen over geweld thuis of over een kind? Vraag Veilig Thuis om advies. Dat kan zonder namen te noemen.',
  },
  consult: {
    title: 'Samen kijken',
    intro:
      'Deze weergave is om samen met je cliënt te kijken. Er wordt niets bewaard. Met Snel weg verlaat je de pagina direct.',
    noScript: 'Samen kijken werkt alleen als JavaScript aan staat. Je kunt wel de kenmerken lezen.',
    startIndicators: 'Kenmerken bekijken',
    findHelp: 'Hulp zoeken',
    counter: 'Onderwerp {{n}} van {{total}}',
    next: 'Volgende',
    previous: 'Vorige',
    keys: 'Tip: met de pijltjestoetsen links en rechts ga je naar het vorige of volgende onderwerp.',
    toStart: 'Terug naar het begin',
  },
  consultView: {
    fullScreen: 'Volledig scherm',
    fullScreenFallback:
      'Volledig scherm kan niet in deze browser. Daarom zie je nu alleen deze weergave en Snel weg. Druk nog een keer op de knop om alles weer te zien.',
    finderIntro:
      'Deze vragen zijn voor jou. Je kiest zelf wat je antwoordt. Liever niet zeggen mag ook. Samen kijken we welke hulp bij jou past.',
  },
  routeCardLines: {
    title: 'Je contactpersoon',
    name: 'Naam',
    phone: 'Telefoonnummer',
    next: 'Volgende afspraak',
  },
  routeCard: {
    print: 'Routekaart printen',
    title: 'Nummers voor later',
    fold: 'Vouw dit blad dubbel, met de tekst naar binnen.',
    intro: 'Hier kun je terecht. Jij kiest of en wanneer je contact opneemt.',
    howToFind: 'Zo vind je de chat: {{steps}}',
    made: 'Gemaakt op {{date}} met Hulpwijzer.',
    urgent: 'Direct gevaar? Bel 112.',
    doubt: 'Twijfel je? Ook dan mag je bellen of chatten. Je hoeft niet zeker te weten dat het erg genoeg is.',
    sources: 'Bij elk gegeven hoort een bron met een datum. Die staan in de app, op de pagina van de organisatie.',
  },
  leaveGuard: {
    question: 'Deze link gaat naar een andere pagina. Dan zijn je antwoorden weg. Wil je deze pagina verlaten?',
    questionOutside:
      'Deze link gaat naar een andere website: {{site}}. Dan zijn je antwoorden weg. Ze zijn nergens bewaard. Wil je toch gaan?',
    leaveOutside: 'Ja, ga naar {{site}}',
    leave: 'Ja, verlaat deze pagina',
    stay: 'Nee, blijf hier',
    backButton:
      'Let op: de terugknop van je telefoon of browser sluit deze vragen. Je antwoorden zijn dan weg. Wil je een stap terug? Kies dan Vorige.',
  },
  finder: {
    step: 'Stap {{n}} van {{total}}',
    notSure: 'Ik weet het niet zeker',
    backToResult: 'Terug naar het resultaat',
    forRelatives: 'Wat kun je zelf doen als naaste? Lees Voor naasten.',
    next: 'Verder',
    previous: 'Vorige',
    toResult: 'Naar het resultaat',
    answer: {
      yes: 'Ja',
      no: 'Nee',
      unknown: 'Weet ik niet',
      private: 'Liever niet zeggen',
    },
    skipScreen: 'Liever niet zeggen',
    chooseRole: 'Kies eerst voor wie je hulp zoekt.',
    prefilled: 'Ingevuld vanuit de zelfcheck. Klopt het niet? Pas het dan aan.',
    resultTitle: 'Hier kun je terecht',
    urgentTitle: 'Hulp voor nu',
    voiceTitle: 'Praat met iemand',
    alreadyShown: 'Bij je uitslag zag je al hoe je {{names}} bereikt. Hieronder lees je waarom ze passen.',
    listTitle: 'Waarom dit past',
    listIntro_one: 'Deze organisatie past bij wat je vertelde. Je kiest zelf of en wanneer je contact opneemt.',
    listIntro_other:
      'Deze organisaties passen bij wat je vertelde. De bovenste past het best. Je kiest zelf of en wanneer je contact opneemt.',
    and: 'en',
    more: 'Alles over {{name}}',
    doubt: 'Twijfel je nog? Ook dan mag je contact opnemen. Je hoeft niet zeker te weten dat het erg genoeg is.',
    ifSoTitle: 'Als het zo blijkt te zijn',
    ifSoIntro: 'Je koos ergens voor "Weet ik niet". Blijkt het antwoord toch ja? Dan passen deze organisaties ook:',
    changeTitle: 'Je antwoorden',
    changeIntro: 'Wil je een antwoord veranderen? Dan hoef je niet opnieuw te beginnen.',
    change: 'Wijzig',
    changeLabel: 'Wijzig: {{screen}}',
    restart: 'Opnieuw beginnen',
    nothingChosen: 'Niets gekozen',
    screen: {
      role: 'Voor wie',
      danger: 'Gevaar op dit moment',
      situations: 'Wat speelt er',
      report: 'Aangifte doen',
      anonymous: 'Naam geheimhouden',
    },
  },
  plan: {
    nav: 'Mijn plan',
    fromResult: 'Wat kan een volgende stap zijn? Maak je eigen plan. Het blijft op je telefoon.',
    fromDanger: 'Moet je weg, nu of later? Zet je stappen rustig op een rij in Mijn plan.',
    fromResultRelative: 'Maak een plan voor jezelf als naaste. Het blijft op je telefoon.',
    homeCard: 'Een plan om na te denken over twijfelen, weggaan en daarna. Het blijft op je telefoon.',
    allPhases: 'Alle stappen per fase',
    start: 'Zo werkt dit plan',
    change: 'Andere fase kiezen',
    toSteps: 'Naar mijn stappen',
    prioritiesChange: 'Wat voor mij telt',
    chosen: 'Jouw fase: {{phase}}',
    stepsTitle: 'Jouw stappen',
    stepsOrdered: 'Stappen over wat jij koos, staan bovenaan.',
    why: 'Waarom dit helpt',
    sources: 'Bronnen',
    ref: 'bron {{n}}',
    more: 'Meer over {{name}}',
    tickLegend: 'Hoe staat deze stap?',
    ticks: { done: 'Gedaan', notForMe: 'Niet voor mij', later: 'Later' },
    untick: 'Wis wat je koos',
    counsellor: 'Laten zien aan een hulpverlener',
    counsellorTitle: 'Mijn stappen',
    counsellorOpen: 'Nog te doen',
    counsellorDone: 'Gedaan',
    counsellorNone: 'Je hebt nog geen stappen. Kies eerst een fase.',
    counsellorBack: 'Terug naar mijn stappen',
    printOffer: 'Afdrukken',
    printWarning:
      'Let op: papier kan gevonden worden. Een printer of computer kan een kopie bewaren. Druk alleen af als dat veilig is.',
    printConfirm: 'Toch afdrukken',
    printCancel: 'Niet afdrukken',
    previous: 'Vorige',
    stop: 'Stoppen en alles vergeten',
    stopped: 'Alles wat je koos, is vergeten.',
    noneForPhase: 'Er zijn voor deze fase geen stappen.',
    save: {
      title: 'Bewaren op dit apparaat',
      intro:
        'Je plan staat nu alleen in het geheugen. Je kunt het bewaren met een wachtwoord. Alleen wie dat wachtwoord kent, kan het lezen.',
      saved: 'Je plan is bewaard op dit apparaat.',
      delete: 'Bewaard plan wissen',
    },
    open: {
      title: 'Eerder bewaard plan',
      intro: 'Op dit apparaat staat een bewaard plan. Vul je wachtwoord in om het te openen.',
    },
  },
  island: {
    error: 'Er ging iets mis in dit deel van de pagina. Er is niets bewaard of verstuurd.',
    reload: 'Laad de pagina opnieuw',
    elsewhere: 'Of bekijk de organisaties die kunnen helpen',
    unavailable:
      'Dit deel van de pagina kon nu niet laden, misschien door de verbinding. Er is niets bewaard of verstuurd. Laad de pagina later opnieuw.',
  },
  later: {
    loading: 'Even geduld, dit deel laadt.',
    failed: 'Dit deel kon niet laden',
    kept: 'Je antwoorden zijn er nog. Er is niets bewaard of verstuurd.',
    retry: 'Opnieuw proberen',
  },
  passphrase: {
    guessable:
      'Dit wachtwoord is te makkelijk te raden. Kies iets wat niets met deze website te maken heeft. Vier losse woorden zijn goed.',
    idea: 'Een idee, met vier woorden door het toeval gekozen:',
    another: 'Ander idee',
    dontRemember:
      'Laat je browser dit wachtwoord niet onthouden. Zegt de browser dat hij het kan bewaren? Kies dan "Nooit" of "Nee".',
  },
  safety: {
    wipe: 'Alles wissen',
    wipeHelp: 'Deze knop wist alles wat deze website op dit apparaat heeft gezet. Daarna verlaat je de website direct.',
    wipeNoScript:
      'Alles wissen werkt alleen als JavaScript aan staat. Je kunt de gegevens ook wissen in de instellingen van je browser, bij de gegevens van deze website.',
    wiping: 'Bezig met wissen…',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> } & MorePluralForms<T>;
/** A text with a count may have plural forms Dutch does not need (src/i18n/all.ts checks which). */
type MorePluralForms<T> = {
  readonly [
    K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Exclude<PluralForm, 'one' | 'other'>}` : never
  ]?: string;
};
/** The shape every translation must have: the Dutch keys, with any text, and more plural forms. */
export type Dictionary = Widen<typeof nl>;

export default nl;
