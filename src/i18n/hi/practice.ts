// Hindi: /practice/ (set picker, flashcards, mains writing), the question-bank and flashcard-deck pages, and the
// "Practise" link of a topic. The scored round is in quiz.ts. `practice.*.js.` keys are what a browser script writes.
import type { Message } from '../../lib/i18n/messages.ts';
import type { practice as en } from '../en/practice.ts';

export const practice = {
  // /practice/: the page
  'practice.title': 'अभ्यास',
  'practice.description':
    'UPSC की नकारात्मक अंकन प्रणाली के साथ प्रारंभिक परीक्षा का अंकों सहित अभ्यास, अंतराल पर पुनरावृत्ति वाले फ़्लैशकार्ड और समयबद्ध मुख्य परीक्षा उत्तर-लेखन।',
  // {link} is the link "see your progress"
  'practice.lede':
    'UPSC अंकन के साथ प्रारंभिक परीक्षा के प्रश्न हल करें, फ़्लैशकार्ड से पुनरावृत्ति करें और समयबद्ध रूप से मुख्य परीक्षा के उत्तर लिखें। आपके उत्तर इसी डिवाइस पर रहते हैं ({link})।',
  'practice.lede.link': 'अपनी प्रगति देखें',
  'practice.jump': 'इस पृष्ठ पर',
  'practice.quiz.heading': 'प्रारंभिक परीक्षा क्विज़',
  'practice.flash.heading': 'फ़्लैशकार्ड',
  'practice.mains.heading': 'मुख्य परीक्षा उत्तर-लेखन',
  'practice.quiz.noscript':
    'अंक गिनने के लिए JavaScript चाहिए। इसके बिना प्रश्न पृष्ठों पर अभ्यास करें, जहाँ हर उत्तर “उत्तर देखें” के पीछे है:',
  // /practice/: choosing the set
  'practice.set.label': 'प्रश्न',
  'practice.set.all': 'सभी प्रश्न ({n})',
  'practice.set.pyq': 'केवल पिछले वर्षों के प्रश्न ({n})',
  'practice.set.mistakes': 'मेरी गलतियाँ',
  'practice.set.daily': 'आज का सेट ({n}: पहले आपकी गलतियाँ, फिर नए प्रश्न)',
  'practice.set.topic': 'एक विषय',
  'practice.set.note': 'एक नोट',
  'practice.set.option': '{title} ({n})',
  'practice.set.show': 'दिखाएँ',
  'practice.set.one': 'एक बार में एक प्रश्न',
  'practice.set.list': 'सभी एक सूची में',
  'practice.set.timer': 'परीक्षा की गति वाला टाइमर (प्रति प्रश्न {seconds} सेकंड: 120 मिनट में 100 प्रश्न)',
  'practice.set.start': 'शुरू करें',
  // Fetching questions and cards (LoadStatus.astro, page-loader.ts): by the status's id
  'practice.load.quiz.loading': 'प्रश्न लोड हो रहे हैं…',
  'practice.load.quiz.failed': 'प्रश्न लोड नहीं हो सके। अपना कनेक्शन जाँचें, फिर दोबारा प्रयास करें।',
  'practice.load.flash.loading': 'फ़्लैशकार्ड लोड हो रहे हैं…',
  'practice.load.flash.failed': 'फ़्लैशकार्ड लोड नहीं हो सके। अपना कनेक्शन जाँचें, फिर दोबारा प्रयास करें।',
  'practice.load.retry': 'फिर प्रयास करें',
  // /practice/: flashcards
  'practice.flash.none': 'नोट्स में त्वरित पुनरावृत्ति की पंक्तियाँ जुड़ने पर फ़्लैशकार्ड यहाँ दिखाई देंगे।',
  'practice.flash.noscript': 'कार्डों का समय तय करने के लिए JavaScript चाहिए। इसके बजाय उन्हें डेक पृष्ठों पर पलटें:',
  'practice.flash.deck': 'डेक {n}',
  'practice.flash.js.due': {
    one: 'आज {count} कार्ड दोहराना है। बिंदु याद करें, कार्ड खोलें, फिर स्वयं को अंक दें।',
    other: 'आज {count} कार्ड दोहराने हैं। बिंदु याद करें, कार्ड खोलें, फिर स्वयं को अंक दें।',
  },
  'practice.flash.js.none': 'आज कोई कार्ड दोहराना बाकी नहीं। जो कार्ड आपको याद थे, वे 1, 3, 7 और 21 दिन बाद फिर आते हैं।',
  // ?deck=<note>: only that note's cards, every one of them (not a few new a day), and the way back to all
  'practice.flash.js.deck': 'एक नोट के कार्ड। ',
  'practice.flash.js.deckDone': 'एक नोट के कार्ड: आज के सब पूरे।',
  // ?topic=<topic>: the cards of the notes tagged with one prelims topic, every one of them
  'practice.flash.js.topic': 'एक विषय के कार्ड। ',
  'practice.flash.js.topicDone': 'एक विषय के कार्ड: आज के सब पूरे।',
  'practice.flash.allCards': 'सभी नोट्स के कार्ड दिखाएँ',
  // A flashcard: "<note title>: Point 3 — recall it, then flip" (the title shows on /practice/ only)
  'practice.card.note': '{title}: ',
  'practice.card.point': 'बिंदु {n} — याद करें, फिर पलटें',
  // A card that asks for a year, figure or value: the blank, and what to do
  'practice.card.blank': 'रिक्त स्थान',
  'practice.card.fill': '(रिक्त स्थान भरें, फिर कार्ड पलटें)',
  // A card whose front is the editor's question (a quick-revision line's cue)
  'practice.card.recall': '(उत्तर सोचें, फिर कार्ड पलटें)',
  'practice.card.read': 'नोट पढ़ें',
  'practice.card.knew': 'याद था',
  'practice.card.didnt': 'याद नहीं था',
  // /practice/: mains writing (the running clock is quiz.js.timeLeft)
  'practice.mains.marks': { one: '{count} अंक', other: '{count} अंक' },
  'practice.mains.answer': 'आपका उत्तर (सीमा {limit} शब्द, लगभग {minutes} मिनट)',
  'practice.mains.timer': '{minutes} मिनट का टाइमर शुरू करें',
  'practice.mains.framework': 'उत्तर का ढाँचा',
  'practice.mains.model': 'आदर्श उत्तर',
  'practice.mains.js.count': '{limit} में से {n} शब्द',
  'practice.mains.js.over': '{limit} में से {n} शब्द (सीमा से अधिक)',
  'practice.mains.js.saved': 'ड्राफ़्ट इस डिवाइस पर सहेजा गया।',
  'practice.mains.js.up': 'समय समाप्त।',
  'practice.mains.js.restart': '{minutes} मिनट का टाइमर फिर से शुरू करें',
  // Question banks and flashcard decks: their ranges ("51–100 of 1,000"), titles and paging
  'practice.range': '{total} में से {first}–{last}',
  'practice.range.one': '{total} में से {first}',
  'practice.bank.name': 'प्रश्न {range}',
  'practice.bank.title': 'अभ्यास प्रश्न {range}',
  'practice.bank.description': 'भारत–जापान संबंधों पर प्रारंभिक परीक्षा के अभ्यास प्रश्न {range}, हर प्रश्न उत्तर और व्याख्या सहित।',
  // {link} is the link "practice page"
  'practice.bank.lede': 'हर प्रश्न हल करें, फिर “उत्तर देखें” खोलें। UPSC अंकन वाले अंकों सहित राउंड के लिए {link} पर कोई सेट चुनें।',
  'practice.bank.nav': 'प्रश्न बैंक',
  'practice.deck.title': 'फ़्लैशकार्ड: नोट्स {range}',
  'practice.deck.description': 'भारत–जापान संबंधों पर नोट्स {range} के त्वरित पुनरावृत्ति फ़्लैशकार्ड।',
  'practice.deck.current': 'फ़्लैशकार्ड, नोट्स {range}',
  'practice.deck.lede':
    'हर बिंदु याद करें, फिर कार्ड खोलें। केवल आज दोहराए जाने वाले कार्ड देखने के लिए {link} पर फ़्लैशकार्ड का उपयोग करें।',
  'practice.deck.nav': 'फ़्लैशकार्ड डेक',
  // The glossary's deck: each term asked from its meaning
  'practice.glossaryDeck.title': 'फ़्लैशकार्ड: शब्दावली',
  'practice.glossaryDeck.description': 'भारत–जापान संबंधों के प्रमुख शब्द फ़्लैशकार्ड के रूप में: अर्थ पढ़कर शब्द याद करें।',
  'practice.glossaryDeck.lede':
    'अर्थ पढ़ें, शब्द याद करें, फिर कार्ड खोलें। केवल आज दोहराए जाने वाले कार्ड देखने के लिए {link} पर फ़्लैशकार्ड का उपयोग करें।',
  'practice.card.glossary': 'शब्दावली',
  'practice.card.readGlossary': 'शब्दावली में देखें',
  'practice.pageLink': 'अभ्यास पृष्ठ',
  'practice.nav.prev': '← पिछला',
  'practice.nav.next': 'अगला →',
  'practice.nav.where': 'पृष्ठ {n} / {total}',
  // One question of a bank (its number is quiz.js.number)
  'practice.question.show': 'उत्तर देखें',
  'practice.question.answer': 'उत्तर: ({letter})',
  'practice.question.read': 'पढ़ें:',
  // A topic page
  'practice.link.topic': 'इस विषय के प्रश्नों का अभ्यास करें',
} as const satisfies Record<keyof typeof en, Message>;
