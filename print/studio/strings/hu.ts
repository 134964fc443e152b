/** The print studio in Hungarian: the language of the shelters that print, and the default. */
import {multilingualLanguages} from '../../layouts/poster-multi.js';
import type {LabelSheet} from '../../layouts/sticker-sheet.js';
import type {FormatInfo} from '../../formats.js';
import type {StudioStrings} from './types.js';

const {min, max} = multilingualLanguages;

function stickers(format: FormatInfo): string {
  const labels = format.labels as LabelSheet;
  return `${labels.columns} × ${labels.rows} darab ${labels.labelMm.map((mm) => String(mm).replace('.', ',')).join(' × ')} mm-es címke A4-es íven, mindegyiken a segélyvonal száma, az OKIT neve, hogy kiknek szól, és QR-kód az okit.hu-ra`;
}

export const hu: StudioStrings = {
  language: 'Magyar',
  title: 'Nyomtatványkészítő – kiut szórólapok, kártyák és plakátok',
  heading: 'Nyomtatványkészítő',
  intro:
    'Készítsen szórólapot, kártyát vagy plakátot a kiut tájékoztatóból, rajta a szervezete nevével és elérhetőségével. Válasszon, aztán töltse le a PDF-et. Minden ebben a böngészőben történik: amit beír, az nem kerül el innen, és nem marad meg. Ha az oldal egyszer betöltődött, internet nélkül is működik.',
  skipLink: 'Ugrás az űrlapra',
  switchLabel: 'Az oldal nyelve',
  loading: 'A nyomtatványkészítő betöltődik…',
  cannotStart: (files) => `A nyomtatványkészítő nem tud elindulni, mert ez nem töltődött be: ${files}. A fájljait tartsa együtt, egy mappában.`,

  format: 'Formátum',
  largePrint: 'Nagybetűs',
  largePrintHint: 'A szöveg legalább 16 pontos, a címek nagyobbak. Ha kell, több oldalra kerül, de a betű nem lesz kisebb.',
  largePrintComesFor: (formats) => `Nagybetűs változat ezekből van: ${formats}.`,
  discreet: 'Diszkrét',
  discreetHint:
    'Nem szerepel rajta az emberkereskedelem szó, csak a krízisvonal neve és száma, és hogy éjjel-nappal (0-24) ingyen hívható. Olyan helyre, ahol más is elolvashatja.',
  discreetComesFor: (formats) => `Diszkrét változat ezekből van: ${formats}.`,
  formats: {
    'leaflet-a4': {name: 'Szórólap, A4', describe: 'a teljes tájékoztató, álló A4, 2-3 oldal'},
    'card-a6': {name: 'Zsebkártya, A6', describe: 'a segélyvonal és a legfontosabbak, álló A6; más nyelven a hátoldalán néhány magyar mondat, fordítással'},
    'wallet-card': {name: 'Pénztárcakártya', describe: 'feltűnésmentes, 85 × 55 mm-es kártya, fekvő'},
    'poster-a4': {name: 'Letéphető plakát, A4', describe: 'plakát letéphető csíkokkal, álló A4'},
    'poster-a3': {name: 'Letéphető plakát, A3', describe: 'plakát letéphető csíkokkal, álló A3'},
    'leaflet-a4-large': {name: 'Szórólap, A4, nagybetűs', describe: 'a teljes tájékoztató nagybetűvel (16 pont és nagyobb), álló A4'},
    'poster-a4-large': {name: 'Letéphető plakát, A4, nagybetűs', describe: 'az A4-es plakát nagybetűvel (16 pont és nagyobb), ha kell, két lapon'},
    'poster-a4-multi': {
      name: 'Többnyelvű plakát, A4',
      describe: `${min}-${max} nyelv egy plakáton (alapból magyar, angol és ukrán), letéphető csíkokkal, álló A4`,
    },
    'poster-a3-multi': {
      name: 'Többnyelvű plakát, A3',
      describe: `${min}-${max} nyelv egy plakáton (alapból magyar, angol és ukrán), letéphető csíkokkal, álló A3`,
    },
    'stickers-70x37': {name: 'Matricaív, 70 × 37 mm-es címkék', describe: stickers},
    'stickers-63x38': {name: 'Matricaív, 63,5 × 38,1 mm-es címkék', describe: stickers},
  },

  language1: 'Nyelv',
  languagesN: 'Nyelvek a lapon',
  languagesHint: (min, max) => `${min}-${max} nyelv. Abban a sorrendben kerülnek a lapra, ahogy bejelöli őket.`,
  place: (n) => `${n}.`,
  languagesCount: (min, max, count) => `Egy laphoz ${min}-${max} nyelvet válasszon; most ${count} van bejelölve.`,

  organisation: 'Az Önök szervezete',
  optional: '(nem kötelező)',
  partnerName: 'A szervezet neve',
  partnerNameHint: (max) => `A lapra így kerül: „Ezt a lapot adta: …”. Egyszerű szöveg, egy sor, legfeljebb ${max} karakter.`,
  partnerContact: 'Hol érhetők el',
  partnerContactHint: (max) => `Telefonszám, cím vagy nyitvatartás. Egyszerű szöveg, egy sor, legfeljebb ${max} karakter.`,
  partnerProblem: (label, problem) => {
    switch (problem.kind) {
      case 'character':
        return `${label}: láthatatlan vezérlő- vagy írásirány-jel van benne (${problem.codePoint}, a szöveg ${problem.position}. karaktere). Írja be egyszerű szövegként, egy sorban.`;
      case 'markup':
        return `${label}: HTML-kód van benne („${problem.text}…”, a szöveg ${problem.position}. karaktere). Egyszerű szöveget írjon: a lapra minden úgy kerülne, ahogy beírta.`;
      case 'empty':
        return `${label}: csak szóköz van benne. Hagyja üresen, vagy írja be a szöveget.`;
      case 'length':
        return `${label}: ${problem.length} karakter hosszú, legfeljebb ${problem.limit} lehet.`;
    }
  },
  undrawable: (label, characters) =>
    `${label}: ezeket a karaktereket a lap betűtípusai nem tudják kinyomtatni: ${characters}. Írja be nélkülük, például latin betűkkel.`,

  download: 'PDF letöltése',
  nothingMade: 'Nem készült PDF: javítsa a fent megjelölt mezőket.',
  making: 'A PDF készül…',
  ready: (file) => `Elkészült a PDF: ${file}.`,
  shrunk: (percent) => `A szöveg ${percent}%-os méretű, hogy elférjen.`,
  printActualSize: 'Tényleges méretben (100%) nyomtassa.',
  failed: (reason) => `Nem készült PDF: ${reason}`,
  fileMeta: (kilobytes, pages) => ` · PDF, ${kilobytes}, ${pages} oldal`,

  preview: 'Előnézet',
  previewCaption: (format, shownIn) => `${format}${shownIn === undefined ? '' : ` (itt: ${shownIn})`}: a kész lap első oldala, a szervezetük sora nélkül.`,
  noPreview: (format) => `${format}: ebben a példányban nincs előnézete.`,
  printing: 'Nyomtatás',
  printTips: [
    'A formátumban megadott papírt használja: A4-et, A3-at, az A6-os és a pénztárcakártyához A4-et (a vonal mentén vágja ki).',
    'Tényleges méretben (100%) nyomtasson, ne „oldalhoz igazítva”: a QR-kódoknak és a letéphető csíkoknak meg kell tartaniuk a méretüket.',
    'A fekete-fehér nyomtatás is elég: minden lap szín nélkül is jól olvasható.',
  ],
};
