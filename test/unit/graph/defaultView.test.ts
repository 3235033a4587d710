import { AppError } from '../../../src/domain/appError';
import { createDefaultViewWriter } from '../../../src/graph/defaultView';

const ORIGIN = 'https://contoso.sharepoint.com';

function writer(
  answer: (url: string, init: RequestInit) => Response,
  token: () => Promise<string> = () => Promise.resolve('t'),
) {
  const calls: { url: string; method: string; auth: string }[] = [];
  const getToken = jest.fn(token);
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), method: init?.method ?? 'GET', auth: headers.get('Authorization') ?? '' });
    return answer(String(input), init ?? {});
  }) as typeof fetch;
  const views = createDefaultViewWriter({
    origin: ORIGIN,
    site: 'contoso.sharepoint.com:/sites/Team',
    tokenProvider: { getToken },
    fetchFn,
  });
  return { views, calls, getToken };
}

describe('the default view through SharePoint’s REST API', () => {
  it('reads the view’s fields first and adds only those missing, with a token for the SharePoint resource', async () => {
    const { views, calls, getToken } = writer((url) =>
      url.endsWith('/ViewFields')
        ? Response.json({ Items: ['LinkTitle', 'TpStatus'] })
        : new Response(null, { status: 200 }),
    );
    expect(await views.show('abc', ['TpBeginn', 'TpStatus', 'TpOrt'])).toEqual(['TpBeginn', 'TpOrt']);
    expect(getToken).toHaveBeenCalledWith(['https://contoso.sharepoint.com/Sites.Selected']);
    expect(calls.map((c) => `${c.method} ${c.url.replace(ORIGIN, '')}`)).toEqual([
      "GET /sites/Team/_api/web/lists(guid'abc')/DefaultView/ViewFields",
      "POST /sites/Team/_api/web/lists(guid'abc')/DefaultView/ViewFields/addViewField('TpBeginn')",
      "POST /sites/Team/_api/web/lists(guid'abc')/DefaultView/ViewFields/addViewField('TpOrt')",
    ]);
    expect(calls[0]?.auth).toBe('Bearer t');
  });

  it('runs two calls for the same list one after the other, so a field is added once', async () => {
    const viewFields = ['LinkTitle'];
    const { views, calls } = writer((url) => {
      const added = /addViewField\('(\w+)'\)/.exec(url)?.[1];
      if (added) viewFields.push(added);
      return added ? new Response(null, { status: 200 }) : Response.json({ Items: [...viewFields] });
    });
    const [first, second] = await Promise.all([views.show('abc', ['TpBeginn']), views.show('abc', ['TpBeginn'])]);
    expect(first).toEqual(['TpBeginn']);
    expect(second).toEqual([]);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(viewFields).toEqual(['LinkTitle', 'TpBeginn']);
  });

  it('names the capability when SharePoint refuses, or the token is not granted', async () => {
    const refused = writer(() => new Response(null, { status: 403 }));
    await expect(refused.views.show('abc', ['TpBeginn'])).rejects.toMatchObject({
      code: 'forbidden',
      details: { capability: 'defaultView', missing: 'Sites.Selected' },
    });
    const consent = writer(
      () => new Response(null),
      () =>
        Promise.reject(
          new AppError('consent-required', 'x', { missing: 'https://contoso.sharepoint.com/Sites.Selected' }),
        ),
    );
    await expect(consent.views.show('abc', ['TpBeginn'])).rejects.toMatchObject({
      code: 'consent-required',
      details: { capability: 'defaultView', missing: 'https://contoso.sharepoint.com/Sites.Selected' },
    });
  });

  it('a browser that may not call SharePoint fails like a lost connection', async () => {
    const { views } = writer(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(views.probe('abc')).rejects.toMatchObject({ code: 'offline', details: { capability: 'defaultView' } });
  });
});
