import type { Dictionary } from './nl.ts';

// English: a full translation of nl.ts. The type makes a missing or extra key a type error.
export const en: Dictionary = {
  meta: {
    siteName: 'Hulpwijzer',
    description:
      'Information, a questionnaire and the way to help with coercion in a group. Everything stays on your device.',
  },
  skipLink: 'Skip to content',
  quickExit: {
    label: 'Leave now',
    accessibleName: 'Leave now: leave this website immediately',
    pressesLeft_one: 'Press Shift {{count}} more time to leave this website immediately.',
    pressesLeft_other: 'Press Shift {{count}} more times to leave this website immediately.',
    neutralTitle: 'New tab',
  },
  emergency: {
    text: 'In danger now?',
    call: 'Call 112',
  },
  header: {
    home: 'Hulpwijzer, to the home page',
    switchTo: 'Nederlands',
    switchToLang: 'nl',
    switchLabel: 'Lees deze pagina in het Nederlands',
  },
  nav: {
    label: 'Main menu',
    footerLabel: 'More about this website',
    home: 'Home',
    safety: 'Using this safely',
    indicators: 'Signs',
    selfCheck: 'Self-check',
    helpFinder: 'Help finder',
    professionals: 'For professionals',
    organisations: 'Organisations',
    accountability: 'About our sources',
    back: 'Back',
  },
  footer: {
    updated: 'Content updated on {{date}}',
    version: 'version {{version}}',
    privacy: 'This website keeps nothing on a server and uses no cookies.',
  },
  home: {
    title: 'Hulpwijzer',
    lead: 'Do you feel you are not free in a group or community? Or are you worried about someone? Here you will find information, a questionnaire and the way to help.',
    private: 'What you do here stays on this device. Nothing is sent to a server.',
    doubt: 'Not sure whether it is bad enough? You can still ask for help.',
    waysIn: 'Where would you like to start?',
    safetyFirst:
      'Do you use a phone or computer that others can see too? Then first read how to use this website safely.',
    cards: {
      safety: 'What the Leave now button does, and what it does not do.',
      indicators: 'How you can recognise coercion in a group.',
      selfCheck: 'A questionnaire about yourself or about someone else. Your answers stay with you.',
      helpFinder: 'A few questions, and you see which organisation fits you.',
      professionals: 'Signs, the reporting code and a route card to hand over.',
    },
  },
  stub: {
    soon: 'Coming soon',
    body: 'We are still working on this part. Do you want help now? Then look at the organisations.',
    toOrganisations: 'To the organisations',
  },
  notFound: {
    title: 'This page does not exist',
    body: 'Perhaps the address was mistyped, or the page has moved.',
    home: 'To the home page',
    helpFinder: 'To the help finder',
  },
  update: {
    available: 'A new version is available.',
    reload: 'Update',
    later: 'Later',
  },
  organisations: {
    title: 'Organisations that can help',
    lead: 'These organisations help with coercion in a group, with violence, or when you are worried about someone. Not sure which one fits? The help finder helps you choose.',
    toHelpFinder: 'To the help finder',
    forWhom: 'Who is it for?',
    contact: 'Getting in touch',
    facts: 'Good to know',
    whatHappens: 'What happens when you get in touch?',
    always: 'Whoever you contact: you can ask questions first. You decide what you tell. You can stop at any moment.',
    topic: {
      cost: 'Cost',
      anonymity: 'Anonymity',
      hours: 'Opening hours',
      languages: 'Languages',
      other: 'Also',
    },
    hoursOpen: 'See the website for current opening hours.',
    openDetail: 'See the website for current information.',
    source: 'Source: {{name}}, {{date}}',
    sourceUndated: 'Source: {{name}}, undated, read in {{read}}',
    outside: '(opens outside this website)',
    checked: 'What you read here comes from public sources. Each detail shows the date of its source. If in doubt, check the organisation\'s website.',
  },
  safety: {
    wipe: 'Delete everything',
    wipeHelp:
      'This button deletes everything this website has put on this device. Then you leave the website immediately.',
    wipeNoScript:
      'Delete everything only works when JavaScript is on. You can also delete the data in your browser settings, under the data of this website.',
    wiping: 'Deleting…',
  },
};
