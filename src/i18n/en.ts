import type { Dictionary } from './nl.ts';

// English: a full translation of nl.ts. The type makes a missing or extra key a type error.

export const unavailable: Dictionary['unavailable'] = {
  leave: 'Leave now',
  title: 'This page is not available now',
  body: 'Your browser deleted the copy for use without internet. When you are online again, the copy comes back by itself.',
};

export const en: Dictionary = {
  language: {
    name: 'English',
    readThisPage: 'Read this page in English',
    neverSay: 'cults?',
  },
  meta: {
    siteName: 'Hulpwijzer',
    description:
      'Information, a questionnaire and where to find help with coercion in a group. Everything stays on your device.',
  },
  confirmRestart: {
    question: 'Your answers will then be gone. Do you want to start again?',
    yes: 'Yes, start again',
    no: 'No, go back',
  },
  topBar: { label: 'Leave now and emergency number' },
  skipLink: 'Skip to content',
  quickExit: {
    label: 'Leave now',
    accessibleName: 'Leave now: leave this website immediately',
    pressesLeft_one: 'Press Shift {{count}} more time to leave this website immediately.',
    pressesLeft_other: 'Press Shift {{count}} more times to leave this website immediately.',
    neutralTitle: 'New tab',
    leaving: 'Loading.',
    expired: 'Quick exit cancelled. Press Shift 3 times in a row to leave at once.',
  },
  emergency: {
    text: 'In danger now?',
    call: 'Call 112',
  },
  header: {
    home: 'Hulpwijzer, to the home page',
    languages: 'This page in another language',
  },
  nav: {
    footerLabel: 'More about this website',
    safety: 'Using this safely',
    indicators: 'Signs',
    selfCheck: 'Self-check',
    helpFinder: 'Help finder',
    professionals: 'For professionals',
    relatives: 'For family and friends',
    organisations: 'Organisations',
    accountability: 'About our sources',
    back: 'Back',
  },
  footer: {
    updated: 'Content checked on {{date}}',
    version: 'version {{version}}',
    privacy: 'This website keeps nothing on a server and uses no cookies.',
    publisher: 'This app is offered by {{name}}.',
    publisherMore: 'Who offers this app?',
  },
  home: {
    title: 'Hulpwijzer',
    lead: 'Do you feel you are not free in a group or community? Or are you worried about someone? Here you will find information, a questionnaire and where to find help.',
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
      relatives: 'Worried about someone in a group? What often helps, and where to get advice.',
    },
  },
  unavailable,
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
    toList: 'To the organisations',
    toHelpFinder: 'To the help finder',
    forWhom: 'Who is it for?',
    contact: 'How to get in touch',
    call: 'Call {{number}}',
    when: 'When?',
    howToFind: 'How to find the chat:',
    whatHappens: 'What happens when you get in touch?',
    always: 'Whoever you contact: you can ask questions first. You decide what you tell. You can stop at any moment.',
    more: 'More about {{name}}',
    moreFacts: 'More to know',
    sources: 'Sources',
    hoursOpen: 'See the website for current opening hours.',
    ref: 'source {{n}}, {{date}}',
    refUndated: 'source {{n}}, web page without a date',
    dated: 'source from {{date}}',
    datedNone: 'web page without a date',
    source: '{{name}}, {{date}}.',
    sourceUndated: '{{name}}, undated, read in {{read}}.',
    outside: '(goes to another website)',
    offlinePhone:
      'You are offline right now. Calling still works. The chat and websites will work again once you have internet.',
    offlineWeb: 'You are offline right now. The chat and the website will work again once you have internet.',
    groups: {
      groups: 'Coercion in a group, or not feeling safe in one',
      now: 'In danger now, or thoughts of suicide',
      home: 'Violence at home, and worries about a child',
      sexual: 'Sexual violence and online abuse',
      crime: 'A crime: reporting it, passing it on anonymously, support',
      abroad: 'Exploitation, and being left behind abroad',
    },
    languageNote:
      'Most of these organisations answer in Dutch. Bring someone who can interpret, or ask about it. If an organisation also helps in English, its details say so.',
    checked:
      "What you read here comes from public sources. Each detail shows the date of its source. If in doubt, check the organisation's website.",
  },
  indicators: {
    lead: 'Coercion in a group can look like many things. Here you can read, topic by topic, what to look out for, with examples from daily life.',
    noVerdict:
      'No list can say whether a group is harmful. Do you recognise something? Then you can talk about it, also when you are in doubt.',
    examples: 'Examples',
    inside: 'How it can feel',
    outside: 'What family or friends may notice',
    urgentTitle: 'Help right now',
    toFinder: 'Find help that fits you',
    toSelfCheck: 'Do the self-check',
    toOverview: 'All signs',
    sources: 'Where do these texts come from?',
  },
  relatives: {
    callTitle: 'Call or chat about your worries',
    contactTitle: 'More about advice for yourself',
    toSelfCheck: 'Do the self-check about someone else',
    toHelpFinder: 'Use the help finder to see which help fits',
    toIndicators: 'Read about the signs',
  },
  contents: {
    title: 'On this page',
  },
  accountability: {
    reviewed: 'Last reviewed on {{date}}.',
    references: 'Sources',
    publisher: 'Who offers this app',
    contactLink: 'Report a mistake in the content',
    privacyLink: 'Privacy statement',
  },
  privacyPage: {
    title: 'Privacy statement',
    lead: 'Here you read what happens to data when you use Hulpwijzer. In short: the app sends nothing about you to a server.',
    promises: 'What the app promises',
    promise: {
      noOtherSite: {
        title: 'No contact with other websites',
        text: 'The app loads nothing from other websites: no scripts, no fonts, no images. So no other website sees that you are here.',
      },
      noCookies: {
        title: 'No cookies and no tracking',
        text: 'The app sets no cookies. No program keeps track of what you read or where you click.',
      },
      storedOnlyByChoice: {
        title: 'Your answers stay yours',
        text: 'What you fill in is only in the memory of your browser. Close the page, and it is gone. It is only kept if you choose so. Then the app encrypts your answers with a password only you know. They stay on your own device.',
      },
      noServerLogs: {
        title: 'No list of visitors',
        text: 'A web server often writes down who looks at which page. The web server settings that come with the app switch that off. An organisation can set up its server differently. The part about the law below covers that.',
      },
      offlineCopy: {
        title: 'What your browser does keep',
        text: 'After your first visit, your browser keeps a copy of the app. That way the app also works without internet. The copy holds nothing about you.',
      },
    },
    removeCopy:
      'Do you want that copy gone? Use the button "Alles wissen" (delete everything) on the page Using this safely.',
    checkedBy: 'Which test checks this',
    law: 'What the law (GDPR) asks',
    noHost:
      'No organisation offers this copy of the app yet. That is why there are no details of an organisation below yet.',
    controller: 'Who is responsible?',
    controllerName: '{{name}} is responsible for this website.',
    controllerNone: 'There is no organisation yet that is responsible for the server of this copy.',
    purposes: 'What is data needed for?',
    purposesText:
      'The app itself handles no data about you. A web server does see your internet address (IP address). It needs it to send the page to you. An IP address is personal data.',
    legalBasis: 'On what legal ground?',
    recipients: 'Who receives data?',
    recipientsApp: 'The app sends nothing to anyone else.',
    retention: 'How long is data kept?',
    retentionApp: 'The settings that come with the app keep no visits.',
    fromHost: 'The organisation that offers the app fills this in.',
    rights: 'Your rights',
    rightsText:
      'You may ask which data there is about you. You may also ask to correct or delete it. The app keeps nothing, so usually there is nothing to see. Ask the organisation that offers the app.',
    complaint: 'A complaint',
    complaintText:
      'Do you disagree with what happens to your data? Then you may complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    complaintLink: 'To the website of the Autoriteit Persoonsgegevens',
  },
  accessibilityPage: {
    title: 'Accessibility',
    lead: 'Everyone should be able to use this app. Also with a screen reader, with only a keyboard or with large text. Here you read how far the app has come.',
    scope: 'Which pages does this cover?',
    scopeText:
      'This statement covers all {{count}} pages of Hulpwijzer, in every language. It is about version {{version}}, built on {{date}}.',
    standard: 'The standard is WCAG 2.2, level AA. It also holds every requirement the law sets today.',
    status: 'Status',
    statusText: {
      A: 'Status A: fully compliant. The audit of {{date}} by {{by}} found no problems.',
      B: 'Status B: partly compliant. The audit of {{date}} by {{by}} found {{count}} requirements the app does not meet yet.',
      C: 'Status C: first steps taken. An audit by an independent expert is planned for {{date}}.',
      D: 'Status D: not compliant. This is not because of a known problem. It is because no independent expert has audited the app yet.',
    },
    auditNeeded:
      'Status A needs an audit by an independent expert, by the WCAG-EM method. That audit may not be older than three years. Our own tests do not count for it.',
    report: 'Read the audit report',
    checks: "What the app's tests check",
    checksText:
      'Automated tests look at the real app in a browser. Below is what they check, and which requirements that belongs to.',
    check: {
      axe: 'On every page, in every language, axe-core looks for failures against WCAG 2.2 AA.',
      keyboard:
        'You can do everything with only a keyboard. The tests go through the help finder and the self-check that way.',
      focus: 'You always see where you are with the keyboard. The bar at the top never covers it.',
      reflow: 'At 200% zoom, no page makes you scroll sideways.',
      language: 'Every page says which language it is in. That way a screen reader reads it out well.',
      contrast: 'The build checks that text, buttons and the focus outline have enough contrast.',
      html: 'The Nu Html Checker checks the HTML of every page.',
    },
    criteria: 'Requirements',
    notChecked: 'What no test can check',
    notCheckedText:
      'Many requirements only a person can judge. Is a text clear? Does a heading fit what is under it? No independent expert has looked at those yet.',
    limits: 'Known limitations',
    limitAudit: 'No audit by an independent expert has been done yet.',
    limitLinks: 'Links to websites of other organisations fall outside this statement.',
    contact: 'Does something not work well?',
  },
  selfCheck: {
    helpTitle: 'Where you can talk about it',
    progress: 'Question {{n}} of {{total}}',
    answer: {
      yes: 'Yes',
      sometimes: 'Sometimes',
      no: 'No',
      unknown: "Don't know",
    },
    chooseRoute: 'First choose who it is about.',
    start: 'Start',
    skip: 'Skip',
    next: 'Next',
    previous: 'Previous',
    finish: 'To the result',
    sometimes: '(sometimes)',
    readMore: 'Read more about {{topic}}',
    urgentTitle: 'Help right now',
    recognisedTitle: 'What you recognised',
    recognisedIn: 'You recognised signs in these topics:',
    recognisedNow: 'You recognised something that can be dangerous right now.',
    allAnswers: 'See what you recognised, per topic',
    toFinder: 'Go on to the help finder',
    backToResult: 'Back to your result',
    restart: 'Start again',
    save: {
      title: 'Keep on this device',
      intro:
        'Your answers are not kept anywhere now. Do you want to see them again later? Then you can keep them encrypted on this device.',
      choose: 'I want to keep my answers',
      warning:
        'Only do this on a device that is only yours. Someone else can see that something is kept, even if they cannot read it. A backup of your device may contain it too.',
      passphraseHelp:
        'Choose a password of at least 8 characters. If you forget it, nobody can get your answers back, not even us.',
      passphrase: 'Password',
      repeat: 'Repeat the password',
      submit: 'Keep encrypted',
      cancel: 'Do not keep',
      tooShort: 'The password must have at least 8 characters.',
      mismatch: 'The two passwords are not the same.',
      onlySpaces: 'The password cannot be only spaces.',
      busy: 'Encrypting…',
      saved:
        'Your answers are kept encrypted on this device. You open them later through the self-check, with your password.',
      unavailable:
        'Keeping answers is not possible in this browser, for example in a private window. Everything else works as usual.',
      failed: 'Keeping the answers did not work. Nothing has been kept.',
      delete: 'Delete kept answers',
      deleted: 'The kept answers have been deleted.',
      deleteFailed:
        "Deleting did not work. Close other tabs of this website and try again. Or delete this website's data in your browser's settings.",
      error: 'Keeping answers does not work in this browser. Your result stays where it is.',
    },
    open: {
      title: 'Answers kept earlier',
      intro: 'Answers from the self-check are kept on this device. Enter your password to open them.',
      submit: 'Open',
      busy: 'Opening…',
      wrong: 'This password is not right. Nothing has been deleted. Try again.',
      damaged: 'The kept answers are damaged. They can no longer be opened. You can delete them.',
      failed: 'Opening did not work. Nothing has been deleted. Try again later, when you are online again.',
    },
  },
  professionals: {
    tools: 'Tools for the conversation',
    consult: 'Looking together: the signs and the help finder in large type, on one screen with your client.',
    consultLink: 'Open Looking together',
    routeCard:
      'A route card: go through the help finder. Under the result you can print a route card. It shows the organisations, their numbers and what happens when you get in touch. It says nothing about your client.',
    routeCardLink: 'To the help finder',
    contactTitle: 'Advice and contact',
    adviceNow:
      'Worried about violence at home or about a child? Ask Veilig Thuis for advice. You can do so without giving names.',
  },
  consult: {
    title: 'Looking together',
    intro:
      'This view is for looking at things together with your client. Nothing is kept. With Leave now you leave the page immediately.',
    noScript: 'Looking together only works when JavaScript is turned on. You can still read the signs.',
    startIndicators: 'Look at the signs',
    findHelp: 'Find help',
    counter: 'Topic {{n}} of {{total}}',
    next: 'Next',
    previous: 'Previous',
    keys: 'Tip: use the left and right arrow keys to go to the previous or next topic.',
    toStart: 'Back to the start',
  },
  consultView: {
    fullScreen: 'Full screen',
    fullScreenFallback:
      'This browser does not allow full screen here. So you now see only this view and Leave now. Press the button again to see everything.',
    finderIntro:
      'These questions are for you. You choose what you answer. You may also prefer not to say. Together we look at which help fits you.',
  },
  routeCardLines: {
    title: 'Your contact person',
    name: 'Name',
    phone: 'Phone number',
    next: 'Next appointment',
  },
  routeCard: {
    print: 'Print a route card',
    title: 'Numbers for later',
    fold: 'Fold this sheet in half with the printed side inside.',
    intro: 'These are places you can turn to. You decide whether and when to get in touch.',
    howToFind: 'How to find the chat: {{steps}}',
    made: 'Made on {{date}} with Hulpwijzer.',
    urgent: 'In danger now? Call 112.',
    doubt: 'In doubt? You can still call or chat. You do not have to be sure that it is bad enough.',
    sources: "Each detail has a source with a date. You find them in the app, on the organisation's page.",
  },
  leaveGuard: {
    question: 'This link goes to another page. Your answers will then be gone. Do you want to leave this page?',
    questionOutside:
      'This link goes to another website: {{site}}. Your answers will then be gone. They are not saved anywhere. Do you still want to go?',
    leaveOutside: 'Yes, go to {{site}}',
    leave: 'Yes, leave this page',
    stay: 'No, stay here',
    backButton:
      "Please note: your phone's or browser's back button closes these questions, and your answers are then gone. Want to go back one step? Choose Previous.",
  },
  finder: {
    step: 'Step {{n}} of {{total}}',
    notSure: 'I am not sure',
    backToResult: 'Back to the result',
    forRelatives: 'What can you do yourself as a family member or friend? Read For family and friends.',
    next: 'Next',
    previous: 'Previous',
    toResult: 'To the result',
    answer: {
      yes: 'Yes',
      no: 'No',
      unknown: "Don't know",
      private: 'Rather not say',
    },
    skipScreen: 'Rather not say',
    chooseRole: 'First choose who you are looking for help for.',
    prefilled: 'Filled in from the self-check. Not right? Then change it.',
    resultTitle: 'Where you can go',
    urgentTitle: 'Help right now',
    voiceTitle: 'Talk to someone',
    alreadyShown: 'Your result already showed how to reach {{names}}. Below you can read why they fit.',
    listTitle: 'Why this fits',
    listIntro_one: 'This organisation fits what you told us. You decide whether and when to get in touch.',
    listIntro_other:
      'These organisations fit what you told us. The first one fits best. You decide whether and when to get in touch.',
    and: 'and',
    more: 'All about {{name}}',
    doubt: 'Still in doubt? You can still get in touch. You do not have to be sure that it is bad enough.',
    ifSoTitle: 'If so',
    ifSoIntro: 'You chose "Don\'t know" somewhere. If the answer turns out to be yes, these organisations fit too:',
    changeTitle: 'Your answers',
    changeIntro: 'Want to change an answer? You do not need to start again.',
    change: 'Change',
    changeLabel: 'Change: {{screen}}',
    restart: 'Start again',
    nothingChosen: 'Nothing chosen',
    screen: {
      role: 'Who for',
      danger: 'Danger right now',
      situations: 'What is going on',
      report: 'Reporting a crime',
      anonymous: 'Keeping your name secret',
    },
  },
  island: {
    error: 'Something went wrong in this part of the page. Nothing has been kept or sent.',
    reload: 'Reload the page',
    elsewhere: 'Or look at the organisations that can help',
  },
  passphrase: {
    guessable:
      'This password is too easy to guess. Choose something that has nothing to do with this website. Four separate words are good.',
    idea: 'An idea, four words picked at random:',
    another: 'Another idea',
    dontRemember:
      'Do not let your browser remember this password. If the browser offers to save it, choose "Never" or "No".',
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

export default en;
