/**
 * The one fake of Office.js for the tests: the parts of `typeof Office` that src/office and
 * src/commands read, typed by @types/office-js. A test installs it with what it needs
 * (`installOffice({ item: … })`) and removes it after (`removeOffice()`). Values are Office.js's
 * runtime values ('succeeded', 'appointment', 'dialogMessageReceived', 'Outlook').
 */

/** What an Office callback API answers: a value, or an Office error. */
export type Answer<T> = { value: T } | { error: Pick<Office.Error, 'message'> & Partial<Pick<Office.Error, 'code'>> };

/** An appointment: read mode has itemId and start; compose mode answers getItemIdAsync. */
export interface FakeAppointment {
  itemType: 'appointment';
  itemId?: Office.AppointmentRead['itemId'];
  start?: Office.AppointmentRead['start'];
  /** Compose mode: what getItemIdAsync answers (the id once saved, an error before). */
  itemIdAnswer?: Answer<string>;
}

/** A mail open in read mode. */
export interface FakeMessage {
  itemType: 'message';
  itemId?: Office.MessageRead['itemId'];
  subject?: Office.MessageRead['subject'];
  from?: Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>;
  dateTimeCreated?: Office.MessageRead['dateTimeCreated'];
}

export interface FakeOfficeOptions {
  /** What Office.onReady reports: Outlook (default), no host (null), or no answer at all ('never'). */
  host?: 'Outlook' | null | 'never';
  /** Office's display language; 'de-DE' unless given. */
  displayLanguage?: Office.Context['displayLanguage'];
  officeTheme?: Pick<Office.OfficeTheme, 'bodyBackgroundColor'>;
  /** The item open in Outlook (context.mailbox.item); none unless given. */
  item?: FakeAppointment | FakeMessage;
  /** What roamingSettings.saveAsync answers; saved unless given. */
  roamingSave?: Answer<void>;
  /** The code ui.displayDialogAsync fails with (12007, 12009, 12011 …); the dialog opens unless given. */
  dialogError?: number;
  /** context.diagnostics.platform: 'PC' (classic Windows) unless given; 'OfficeOnline' for the web and new Outlook. */
  platform?: 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android';
  /** The requirement sets isSetSupported answers yes to, with their version (none unless given). */
  requirementSets?: Record<string, string>;
}

type DialogHandler = Parameters<Office.Dialog['addEventHandler']>[1];
type DialogArgs = Parameters<DialogHandler>[0];
type DialogEvent = 'dialogMessageReceived' | 'dialogEventReceived';
type Notice = { key: string; details: Office.NotificationMessageDetails };

/** The item as the code reads it: the fields of Outlook's item interfaces it uses. */
type ItemParts = { itemType: Office.MailboxEnums.ItemType } & Partial<
  Pick<Office.AppointmentRead, 'itemId' | 'start'> &
    Pick<Office.AppointmentCompose, 'getItemIdAsync'> &
    Pick<Office.MessageRead, 'subject' | 'dateTimeCreated'>
> & {
    from?: Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>;
    notificationMessages: Pick<Office.NotificationMessages, 'replaceAsync'>;
  };

/** The parts of `typeof Office` the code under test reads. */
interface OfficeParts {
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  EventType: Pick<typeof Office.EventType, 'DialogMessageReceived' | 'DialogEventReceived'>;
  MailboxEnums: Pick<typeof Office.MailboxEnums, 'ItemType' | 'RestVersion' | 'ItemNotificationMessageType'>;
  onReady: typeof Office.onReady;
  actions: Pick<typeof Office.actions, 'associate'>;
  context: Pick<Office.Context, 'displayLanguage'> & {
    officeTheme?: Pick<Office.OfficeTheme, 'bodyBackgroundColor'>;
    mailbox: Pick<Office.Mailbox, 'convertToRestId'> & { item?: ItemParts };
    roamingSettings: Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;
    ui: Pick<Office.UI, 'displayDialogAsync' | 'messageParent' | 'openBrowserWindow'>;
    requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
    diagnostics: Pick<Office.ContextInformation, 'platform'>;
  };
  PlatformType: Pick<typeof Office.PlatformType, 'OfficeOnline'>;
}

/** The installed fake and what it recorded. */
export interface InstalledOffice {
  /** The global as the code under test sees it. */
  office: typeof Office;
  /** context.mailbox.convertToRestId: EWS id to REST id as Outlook does ('/' → '-', '+' → '_'). */
  convertToRestId: jest.Mock<string, [string, string]>;
  /** The values in roamingSettings, by key. */
  roamingSettings: Map<string, unknown>;
  /** The notices shown on the item (notificationMessages.replaceAsync), in order. */
  notices: Notice[];
  /** Office.actions.associate. */
  associate: jest.Mock;
  /** context.ui.messageParent. */
  messageParent: jest.Mock;
  /** context.ui.openBrowserWindow (present whatever isSetSupported says, as in Office.js). */
  openBrowserWindow: jest.Mock<void, [string]>;
  /** The dialog ui.displayDialogAsync opens: its close, and a way to fire its events. */
  dialog: { close: jest.Mock; fire(type: DialogEvent, args: DialogArgs): void };
}

/** Office.js's runtime value of a member the declarations model as a numeric enum (null: no host). */
const runtime = <E>(value: string | null) => value as unknown as E;

const STATUS = {
  Succeeded: runtime<Office.AsyncResultStatus.Succeeded>('succeeded'),
  Failed: runtime<Office.AsyncResultStatus.Failed>('failed'),
};

const ITEM_TYPE = {
  Message: 'message' as Office.MailboxEnums.ItemType.Message,
  Appointment: 'appointment' as Office.MailboxEnums.ItemType.Appointment,
};

const enums: Pick<OfficeParts, 'AsyncResultStatus' | 'EventType' | 'MailboxEnums'> = {
  AsyncResultStatus: STATUS,
  EventType: {
    DialogMessageReceived: runtime<Office.EventType.DialogMessageReceived>('dialogMessageReceived'),
    DialogEventReceived: runtime<Office.EventType.DialogEventReceived>('dialogEventReceived'),
  },
  MailboxEnums: {
    ItemType: ITEM_TYPE,
    RestVersion: {
      v1_0: 'v1.0' as Office.MailboxEnums.RestVersion.v1_0,
      v2_0: 'v2.0' as Office.MailboxEnums.RestVersion.v2_0,
      Beta: 'beta' as Office.MailboxEnums.RestVersion.Beta,
    },
    ItemNotificationMessageType: {
      ProgressIndicator: 'progressIndicator' as Office.MailboxEnums.ItemNotificationMessageType.ProgressIndicator,
      InformationalMessage:
        'informationalMessage' as Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      ErrorMessage: 'errorMessage' as Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
      InsightMessage: 'insightMessage' as Office.MailboxEnums.ItemNotificationMessageType.InsightMessage,
    },
  },
};

/** Office.js leaves `error` out on success and `value` out on failure; the declarations list both. */
function asyncResult<T>(answer: Answer<T>): Office.AsyncResult<T> {
  const common = { asyncContext: undefined, diagnostics: {} };
  if ('value' in answer) return { ...common, status: STATUS.Succeeded, value: answer.value } as Office.AsyncResult<T>;
  // 5001: Office's generic "internal error" where a test gives no code.
  const error: Office.Error = { name: 'Error', code: 5001, ...answer.error };
  return { ...common, status: STATUS.Failed, error } as Office.AsyncResult<T>;
}

/** Answers a `…Async(…, callback)` call: the callback is always its last argument. */
function answer<T>(args: unknown[], result: Answer<T>): void {
  const callback = args[args.length - 1];
  if (typeof callback === 'function') (callback as (result: Office.AsyncResult<T>) => void)(asyncResult(result));
}

function onReadyOf(host: FakeOfficeOptions['host']): typeof Office.onReady {
  return (callback) => {
    if (host === 'never') return new Promise(() => undefined);
    const info = {
      host: runtime<Office.HostType>(host ?? null),
      platform: runtime<Office.PlatformType>(host ? 'PC' : null),
    };
    callback?.(info);
    return Promise.resolve(info);
  };
}

function itemOf(item: FakeAppointment | FakeMessage, notices: Notice[]): ItemParts {
  const notificationMessages: ItemParts['notificationMessages'] = {
    replaceAsync: (key: string, details: Office.NotificationMessageDetails, ...rest: unknown[]) => {
      notices.push({ key, details });
      answer(rest, { value: undefined });
    },
  };
  if (item.itemType === 'message') return { ...item, itemType: ITEM_TYPE.Message, notificationMessages };
  const { itemIdAnswer, ...fields } = item;
  return {
    ...fields,
    itemType: ITEM_TYPE.Appointment,
    notificationMessages,
    ...(itemIdAnswer ? { getItemIdAsync: (...args: unknown[]) => answer(args, itemIdAnswer) } : {}),
  };
}

function dialogOf(): InstalledOffice['dialog'] & { opened: Office.Dialog } {
  const handlers = new Map<unknown, DialogHandler>();
  const close = jest.fn();
  const dialog: Pick<Office.Dialog, 'addEventHandler' | 'close'> = {
    addEventHandler: (type, handler) => void handlers.set(type, handler),
    close,
  };
  // The dialog page's side (messageChild, sendMessage) is not used by the pane.
  return { close, fire: (type, args) => handlers.get(type)?.(args), opened: dialog as Office.Dialog };
}

/** Installs the fake as the global `Office` with what the test needs; see FakeOfficeOptions. */
export function installOffice(options: FakeOfficeOptions = {}): InstalledOffice {
  const roamingSettings = new Map<string, unknown>();
  const notices: Notice[] = [];
  const dialog = dialogOf();
  const convertToRestId = jest.fn<string, [string, string]>((id) => id.replace(/\//g, '-').replace(/\+/g, '_'));
  const associate = jest.fn();
  const messageParent = jest.fn();
  const openBrowserWindow = jest.fn<void, [string]>();
  const sets = options.requirementSets ?? {};
  const parts: OfficeParts = {
    ...enums,
    PlatformType: { OfficeOnline: runtime<Office.PlatformType.OfficeOnline>('OfficeOnline') },
    onReady: onReadyOf(options.host === undefined ? 'Outlook' : options.host),
    actions: { associate },
    context: {
      displayLanguage: options.displayLanguage ?? 'de-DE',
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      mailbox: { convertToRestId, ...(options.item ? { item: itemOf(options.item, notices) } : {}) },
      roamingSettings: {
        get: (key: string) => roamingSettings.get(key),
        set: (key: string, value: unknown) => void roamingSettings.set(key, value),
        saveAsync: (...args: unknown[]) => answer(args, options.roamingSave ?? { value: undefined }),
      },
      ui: {
        displayDialogAsync: (_url: string, ...rest: unknown[]) =>
          answer(
            rest,
            options.dialogError
              ? { error: { code: options.dialogError, message: 'Der Dialog ließ sich nicht öffnen.' } }
              : { value: dialog.opened },
          ),
        messageParent,
        openBrowserWindow,
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => {
          const version = sets[name];
          return version !== undefined && (minVersion === undefined || Number(version) >= Number(minVersion));
        },
      },
      diagnostics: { platform: runtime<Office.PlatformType>(options.platform ?? 'PC') },
    },
  };
  // The code under test reads only these parts of the namespace.
  const office = parts as unknown as typeof Office;
  (globalThis as { Office?: typeof Office }).Office = office;
  const { close, fire } = dialog;
  return {
    office,
    convertToRestId,
    roamingSettings,
    notices,
    associate,
    messageParent,
    openBrowserWindow,
    dialog: { close, fire },
  };
}

/** Takes the global `Office` away again: the pane outside Outlook. */
export function removeOffice(): void {
  delete (globalThis as { Office?: typeof Office }).Office;
}
