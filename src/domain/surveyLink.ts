/**
 * The team's survey form (e.g. Microsoft Forms, which has no Graph API: the team makes the form once and
 * keeps its link in the settings). It goes into mails only as a plain https link: no other scheme
 * (javascript:, data:, http:), no user name or password in it, no spaces.
 */

/** The SharePoint column holds 255 characters. */
export const SURVEY_LINK_MAX = 255;

/** The link as the URL parser normalised it, or `undefined` when it may not go into a mail. */
export function safeSurveyLink(link: string | undefined): string | undefined {
  const text = link?.trim() ?? '';
  if (!text || text.length > SURVEY_LINK_MAX || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}
