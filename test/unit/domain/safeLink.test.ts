import { safeLink } from '../../../src/domain/safeLink';

describe('safeLink: links from list data open only Microsoft 365', () => {
  it('keeps https links to Outlook on the web and to SharePoint Online', () => {
    for (const link of [
      'https://outlook.office365.com/owa/?itemid=AAMkAG%3D&exvsurl=1&path=/calendar/item',
      'https://outlook.office.com/calendar/item/AAMkAG',
      'https://outlook.live.com/calendar/0/item/1',
      'https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/8_.000',
      'https://LandkreisNortheim.SharePoint.com/sites/Integration',
    ]) {
      expect(safeLink(link)).toBe(new URL(link).href);
    }
  });

  it('shows no javascript:, data:, vbscript: or file: link, however it is written', () => {
    for (const link of [
      'javascript:alert(1)',
      ' JavaScript:alert(document.cookie)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///C:/Windows/win.ini',
    ]) {
      expect(safeLink(link)).toBeUndefined();
    }
  });

  it('shows no look-alike host', () => {
    for (const link of [
      'https://outlook.office.com.example.org/calendar',
      'https://outlook-office365.com/owa',
      'https://evil.example/outlook.office365.com/owa',
      'https://outlook.office365.com.evil.example/owa',
      'https://sharepoint.com.evil.example/sites/x',
      'https://evilsharepoint.com/sites/x',
      'https://sharepoint.com/sites/x',
      'https://xn--outlook-office365-com.example/owa',
      'https://outlook.office365.com@evil.example/owa',
      'https://user:secret@landkreisnortheim.sharepoint.com/sites/x',
    ]) {
      expect(safeLink(link)).toBeUndefined();
    }
  });

  it('shows no plain http link, no other port and nothing that is no address at all', () => {
    for (const link of [
      'http://outlook.office365.com/owa',
      'https://outlook.office365.com:8443/owa',
      '//outlook.office365.com/owa',
      '/sites/Integration',
      'outlook.office365.com/owa',
      '',
      '   ',
      undefined,
    ]) {
      expect(safeLink(link)).toBeUndefined();
    }
  });

  it('trusts an extra origin (the local emulator) exactly, and nothing that merely starts like it', () => {
    const options = { extraOrigins: ['http://127.0.0.1:4000'] };
    expect(safeLink('http://127.0.0.1:4000/sites/Integration/Lists/x/1_.000', options)).toBe(
      'http://127.0.0.1:4000/sites/Integration/Lists/x/1_.000',
    );
    expect(safeLink('http://127.0.0.1:4001/x', options)).toBeUndefined();
    expect(safeLink('http://127.0.0.1:4000.evil.example/x', options)).toBeUndefined();
    expect(safeLink('http://127.0.0.1:4000/x')).toBeUndefined();
  });
});
