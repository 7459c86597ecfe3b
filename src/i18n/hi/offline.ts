// Hindi: /offline/: what the service worker shows for a page not saved on this device.
import type { Message } from '../../lib/i18n/messages.ts';
import type { offline as en } from '../en/offline.ts';

export const offline = {
  // /offline/: what the service worker shows for a page not saved on this device
  'offline.title': 'आप ऑफ़लाइन हैं',
  'offline.lede': 'यह पृष्ठ अभी इस डिवाइस पर सहेजा नहीं गया है, और इसे लाने के लिए कोई कनेक्शन नहीं है।',
  'offline.saved': 'आपकी पहली विज़िट पर इस डिवाइस पर सहेजे गए, और बिना कनेक्शन के भी उपलब्ध:',
  'offline.home': 'मुखपृष्ठ और सभी नोट्स',
  'offline.search': 'खोजें',
  'offline.later':
    'प्रिंट पुस्तिकाएँ और PDF तब सहेजे जाते हैं जब आप उन्हें ऑनलाइन रहते हुए एक बार खोलते हैं, या ‘आपकी प्रगति’ पृष्ठ पर ‘सब कुछ ऑफ़लाइन के लिए सहेजें’ से एक साथ।',
  // /progress/: the offline reading section (offline-saver-client.ts)
  'offline.save.heading': 'ऑफ़लाइन पढ़ना',
  'offline.save.saved': 'इस डिवाइस पर ऑफ़लाइन उपलब्ध: मुखपृष्ठ, सभी नोट्स, नोट्स से जुड़े सभी पृष्ठ और खोज ({size})।',
  'offline.save.savedNoSize': 'इस डिवाइस पर ऑफ़लाइन उपलब्ध: मुखपृष्ठ, सभी नोट्स, नोट्स से जुड़े सभी पृष्ठ और खोज।',
  'offline.save.pending': 'नोट्स ऑफ़लाइन पढ़ने के लिए इस डिवाइस पर सहेजे जा रहे हैं…',
  'offline.save.later': {
    one: 'अभी नहीं सहेजे गए: {count} और पृष्ठ या फ़ाइल, प्रिंट पुस्तिकाएँ और PDF सहित ({size})।',
    other: 'अभी नहीं सहेजे गए: {count} और पृष्ठ व फ़ाइलें, प्रिंट पुस्तिकाएँ और PDF सहित ({size})।',
  },
  'offline.save.all': 'सब कुछ इस डिवाइस पर सहेजा जा चुका है, प्रिंट पुस्तिकाएँ और PDF सहित ({size})।',
  'offline.save.button': 'सब कुछ ऑफ़लाइन के लिए सहेजें ({size})',
  'offline.save.saving': {
    one: '{count} और पृष्ठ या फ़ाइल सहेजी जा रही है…',
    other: '{count} और पृष्ठ व फ़ाइलें सहेजी जा रही हैं…',
  },
  'offline.save.progress': '{total} में से {done}',
  'offline.save.done': 'सहेज लिया गया: हर पृष्ठ, पुस्तिका और PDF अब बिना कनेक्शन के खुलता है।',
  'offline.save.failed':
    'सहेजना रुक गया (कनेक्शन टूट गया या डिवाइस में जगह कम है)। जो सहेजा जा चुका है वह बना रहेगा; ऑनलाइन होने पर फिर प्रयास करें।',
  'offline.save.needsConnection': 'बाकी सहेजने के लिए इंटरनेट से जुड़ें।',
  'offline.save.storage': 'यह साइट इस ब्राउज़र द्वारा दी गई {quota} जगह में से {used} का उपयोग कर रही है।',
  'offline.save.unsupported': 'यह ब्राउज़र पृष्ठों को ऑफ़लाइन पढ़ने के लिए नहीं रख सकता।',
} as const satisfies Record<keyof typeof en, Message>;
