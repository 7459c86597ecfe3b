// /offline/: what the service worker shows for a page not saved on this device.
import type { Messages } from '../../lib/i18n/messages.ts';

export const offline = {
  // /offline/: what the service worker shows for a page not saved on this device
  'offline.title': 'You are offline',
  'offline.lede': 'This page has not been saved on this device yet, and there is no connection to fetch it.',
  'offline.saved': 'Saved on this device when you first visited, and working without a connection:',
  'offline.home': 'Home and every note',
  'offline.search': 'Search',
  'offline.later':
    'Print booklets and PDFs are saved once you have opened them while online, or all at once with “Save everything for offline” on the Your progress page.',
  // /progress/: the offline reading section (offline-saver-client.ts)
  'offline.save.heading': 'Offline reading',
  'offline.save.saved':
    'Available offline on this device: the home page, every note, every page a note links to, and search ({size}).',
  'offline.save.savedNoSize':
    'Available offline on this device: the home page, every note, every page a note links to, and search.',
  'offline.save.pending': 'Saving the notes on this device for offline reading…',
  'offline.save.later': {
    one: 'Not saved yet: {count} more page or file, print booklets and PDFs included ({size}).',
    other: 'Not saved yet: {count} more pages and files, print booklets and PDFs included ({size}).',
  },
  'offline.save.all': 'Everything is saved on this device, print booklets and PDFs included ({size}).',
  'offline.save.button': 'Save everything for offline ({size})',
  'offline.save.saving': {
    one: 'Saving {count} more page or file…',
    other: 'Saving {count} more pages and files…',
  },
  'offline.save.progress': '{done} of {total}',
  'offline.save.done': 'Saved: every page, booklet and PDF now opens without a connection.',
  'offline.save.failed':
    'Saving stopped (the connection dropped or the device is short of space). What was saved stays; try again when online.',
  'offline.save.needsConnection': 'Connect to the internet to save the rest.',
  'offline.save.storage': 'This site uses {used} of the {quota} this browser allows it.',
  'offline.save.unsupported': 'This browser cannot keep pages for offline reading.',
} as const satisfies Messages;
