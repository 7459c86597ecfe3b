// Hindi: /glossary/: the English ↔ Hindi terms.
import type { Message } from '../../lib/i18n/messages.ts';
import type { glossary as en } from '../en/glossary.ts';

export const glossary = {
  'glossary.title': 'शब्दावली: अंग्रेज़ी ↔ हिन्दी',
  'glossary.printTitle': 'शब्दावली',
  'glossary.description': {
    one: 'भारत–जापान संबंधों के {count} प्रमुख शब्द: हिन्दी माध्यम की सामग्री में प्रयुक्त हिन्दी शब्द, एक पंक्ति में अर्थ और संबंधित प्रारंभिक परीक्षा विषय।',
    other:
      'भारत–जापान संबंधों के {count} प्रमुख शब्द: हिन्दी माध्यम की सामग्री में प्रयुक्त हिन्दी शब्द, एक पंक्ति में अर्थ और हर शब्द का संबंधित प्रारंभिक परीक्षा विषय।',
  },
  // The heading: "Glossary", then "English ↔" before the word Hindi written in Devanagari
  'glossary.heading': 'शब्दावली',
  'glossary.headingSub': 'अंग्रेज़ी ↔',
  // {topics} is glossary.topics, written in the oblique form ("… विषयों से")
  'glossary.lede':
    '{topics} से {terms}, A से Z तक। हर शब्द के साथ हिन्दी माध्यम की सामग्री में प्रयुक्त हिन्दी शब्द, एक पंक्ति में उसका अर्थ और उसके विषय का लिंक दिया गया है।',
  'glossary.terms': { one: '{count} प्रमुख शब्द', other: '{count} प्रमुख शब्द' },
  'glossary.topics': { one: '{count} प्रारंभिक परीक्षा विषय', other: '{count} प्रारंभिक परीक्षा विषयों' },
  'glossary.letters': 'शब्दावली के अक्षर',
  // One term
  'glossary.topic': 'विषय:',
  'glossary.aliases': 'अन्य रूप:',
  // The filter box
  'glossary.filter.label': 'शब्द फ़िल्टर करें',
  'glossary.filter.placeholder': 'जैसे ACSA, bullet train, हाई-स्पीड रेल',
  'glossary.filter.count': { one: '{total} में से {count} शब्द दिखाया गया।', other: '{total} में से {count} शब्द दिखाए गए।' },
  'glossary.filter.none': '“{filter}” से कोई शब्द मेल नहीं खाता। कम अक्षर आज़माएँ, या पूरी साइट में खोजें।',
} as const satisfies Record<keyof typeof en, Message>;
