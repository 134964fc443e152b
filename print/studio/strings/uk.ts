/** The print studio in Ukrainian. */
import {multilingualLanguages} from '../../layouts/poster-multi.js';
import type {LabelSheet} from '../../layouts/sticker-sheet.js';
import type {FormatInfo} from '../../formats.js';
import type {StudioStrings} from './types.js';

const {min, max} = multilingualLanguages;

function stickers(format: FormatInfo): string {
  const labels = format.labels as LabelSheet;
  return `${labels.columns} × ${labels.rows} етикеток ${labels.labelMm.map((mm) => String(mm).replace('.', ',')).join(' × ')} мм на аркуші A4, на кожній номер гарячої лінії, назва OKIT, для кого вона, і QR-код на okit.hu`;
}

export const uk: StudioStrings = {
  language: 'Українська',
  title: 'Друк матеріалів kiut – листівки, картки та плакати',
  heading: 'Друк матеріалів',
  intro:
    'Створіть листівку, картку або плакат із довідника kiut з назвою та контактами вашої організації. Оберіть потрібне й завантажте PDF. Усе відбувається в цьому браузері: те, що ви вводите, нікуди не надсилається й не зберігається, а після завантаження сторінка працює без інтернету.',
  skipLink: 'Перейти до форми',
  switchLabel: 'Мова сторінки',
  loading: 'Завантаження…',
  cannotStart: (files) => `Сторінка не може запуститися: не завантажилися файли ${files}. Тримайте всі її файли разом в одній папці.`,

  format: 'Формат',
  largePrint: 'Великий шрифт',
  largePrintHint: 'Основний текст від 16 пт, заголовки більші. Якщо потрібно, матеріал займає більше сторінок, але текст не зменшується.',
  largePrintComesFor: (formats) => `Великий шрифт є для: ${formats}.`,
  discreet: 'Непомітний варіант',
  discreetHint:
    'Без слів «торгівля людьми»: лише назва кризової лінії, її номер і те, що дзвінок цілодобовий (0-24) і безкоштовний. Для місць, де це можуть прочитати інші.',
  discreetComesFor: (formats) => `Непомітний варіант є для: ${formats}.`,
  formats: {
    'leaflet-a4': {name: 'Листівка, A4', describe: 'увесь довідник, A4 вертикально, 2-3 сторінки'},
    'card-a6': {
      name: 'Кишенькова картка, A6',
      describe: 'гаряча лінія та найважливіше, A6 вертикально; іншими мовами, крім угорської, на звороті кілька речень угорською з перекладом',
    },
    'wallet-card': {name: 'Картка для гаманця', describe: 'непомітна картка 85 × 55 мм, горизонтально'},
    'poster-a4': {name: 'Плакат з відривними смужками, A4', describe: 'плакат з відривними смужками, A4 вертикально'},
    'poster-a3': {name: 'Плакат з відривними смужками, A3', describe: 'плакат з відривними смужками, A3 вертикально'},
    'leaflet-a4-large': {name: 'Листівка, A4, великий шрифт', describe: 'увесь довідник великим шрифтом (від 16 пт), A4 вертикально'},
    'poster-a4-large': {name: 'Плакат, A4, великий шрифт', describe: 'плакат A4 великим шрифтом (від 16 пт), за потреби на двох аркушах'},
    'poster-a4-multi': {
      name: 'Багатомовний плакат, A4',
      describe: `${min}-${max} мови на одному плакаті (типово угорська, англійська й українська), відривні смужки, A4 вертикально`,
    },
    'poster-a3-multi': {
      name: 'Багатомовний плакат, A3',
      describe: `${min}-${max} мови на одному плакаті (типово угорська, англійська й українська), відривні смужки, A3 вертикально`,
    },
    'stickers-70x37': {name: 'Аркуш наліпок, етикетки 70 × 37 мм', describe: stickers},
    'stickers-63x38': {name: 'Аркуш наліпок, етикетки 63,5 × 38,1 мм', describe: stickers},
  },

  language1: 'Мова',
  languagesN: 'Мови на аркуші',
  languagesHint: (min, max) => `${min}-${max} мови. Вони друкуються в тому порядку, в якому ви їх позначите.`,
  place: (n) => `${n}.`,
  languagesCount: (min, max, count) => `Оберіть ${min}-${max} мови для одного аркуша; зараз позначено: ${count}.`,

  organisation: 'Ваша організація',
  optional: '(необов’язково)',
  partnerName: 'Назва організації',
  partnerNameHint: (max) => `Друкується на аркуші як та, що його видала. Звичайний текст, один рядок, до ${max} символів.`,
  partnerContact: 'Як з вами зв’язатися',
  partnerContactHint: (max) => `Номер телефону, адреса або години роботи. Звичайний текст, один рядок, до ${max} символів.`,
  partnerProblem: (label, problem) => {
    switch (problem.kind) {
      case 'character':
        return `${label}: містить невидимий керівний символ або символ напрямку тексту (${problem.codePoint}, позиція ${problem.position}). Напишіть звичайний текст в один рядок.`;
      case 'markup':
        return `${label}: містить HTML-розмітку («${problem.text}…», позиція ${problem.position}). Напишіть звичайний текст: на аркуші все надрукується так, як введено.`;
      case 'empty':
        return `${label}: містить лише пробіли. Залиште поле порожнім або введіть текст.`;
      case 'length':
        return `${label}: довжина ${problem.length}, а можна не більше ${problem.limit} символів.`;
    }
  },
  undrawable: (label, characters) =>
    `${label}: шрифти аркуша не можуть надрукувати ці символи: ${characters}. Напишіть текст без них, наприклад латиницею або кирилицею.`,

  download: 'Завантажити PDF',
  nothingMade: 'PDF не створено: виправте позначені вище поля.',
  making: 'PDF створюється…',
  ready: (file) => `PDF готовий: ${file}.`,
  shrunk: (percent) => `Текст зменшено до ${percent}%, щоб він умістився.`,
  printActualSize: 'Друкуйте у фактичному розмірі (100%).',
  failed: (reason) => `PDF не створено: ${reason}`,
  fileMeta: (kilobytes, pages) => ` · PDF, ${kilobytes}, сторінок: ${pages}`,

  preview: 'Попередній перегляд',
  previewCaption: (format, shownIn) =>
    `${format}${shownIn === undefined ? '' : ` (показано: ${shownIn})`}: перша сторінка готового аркуша, без рядка вашої організації.`,
  noPreview: (format) => `${format}: у цій копії немає попереднього перегляду.`,
  printing: 'Друк',
  printTips: [
    'Використовуйте папір, зазначений у форматі: A4, A3, а для карток A6 і карток для гаманця A4 (виріжте по лінії).',
    'Друкуйте у фактичному розмірі (100%), ніколи не «за розміром сторінки»: QR-коди й відривні смужки мають зберегти свій розмір.',
    'Чорно-білого друку достатньо: кожен аркуш добре читається без кольору.',
  ],
};
