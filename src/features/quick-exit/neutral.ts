// Where the quick exit goes. Shared by the prerendered link and the script, and by the tests.

/** A common Dutch site that says nothing about this app (a weather forecast). */
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

/**
 * The neutral page in the app's offline copy, for when the outside site cannot load (offline) or would
 * open on top of the installed app. Its URL, title and text say nothing about the app (public/recept.html).
 */
export const NEUTRAL_LOCAL = '/recept.html'; // an app path: withBase() gives its address
