/** A node of the demo category tree; slugs are transliterated names, unique across the tree. */
export interface CategoryNode {
  slug: string;
  name: string;
  children?: CategoryNode[];
}

const leaf = (slug: string, name: string): CategoryNode => ({ slug, name });

export const DEMO_CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'kirpich',
    name: 'Кирпич',
    children: [
      leaf('kirpich-oblicovochnyj', 'Облицовочный кирпич'),
      leaf('kirpich-ryadovoj', 'Рядовой кирпич'),
      leaf('kirpich-silikatnyj', 'Силикатный кирпич'),
      leaf('kirpich-shamotnyj', 'Шамотный кирпич'),
    ],
  },
  {
    slug: 'gazobeton-i-bloki',
    name: 'Газобетон и блоки',
    children: [
      leaf('gazobetonnye-bloki', 'Газобетонные блоки'),
      leaf('peregorodochnye-bloki', 'Перегородочные блоки'),
      leaf('keramicheskie-bloki', 'Керамические блоки'),
      leaf('keramzitobetonnye-bloki', 'Керамзитобетонные блоки'),
    ],
  },
  {
    slug: 'cement-i-smesi',
    name: 'Цемент и сухие смеси',
    children: [
      leaf('cement', 'Цемент'),
      leaf('shtukaturki', 'Штукатурки'),
      leaf('shpaklevki', 'Шпаклёвки'),
      leaf('plitochnyj-klej', 'Плиточный клей'),
      leaf('kladochnye-smesi', 'Кладочные смеси и клей для блоков'),
      leaf('nalivnye-poly', 'Наливные полы и стяжки'),
    ],
  },
  {
    slug: 'pesok-scheben',
    name: 'Песок, щебень и сыпучие',
    children: [
      leaf('pesok', 'Песок'),
      leaf('scheben', 'Щебень'),
      leaf('keramzit', 'Керамзит'),
      leaf('pgs-i-grunt', 'ПГС, отсев и грунт'),
    ],
  },
  {
    slug: 'beton-i-zhbi',
    name: 'Бетон и ЖБИ',
    children: [
      leaf('tovarnyj-beton', 'Товарный бетон и раствор'),
      leaf('kolodeznye-kolca', 'Колодезные кольца'),
      leaf('peremychki', 'Перемычки'),
    ],
  },
  {
    slug: 'armatura-i-metalloprokat',
    name: 'Арматура и металлопрокат',
    children: [
      leaf('armatura', 'Арматура'),
      leaf('setka', 'Сетка кладочная и рабица'),
      leaf('profilnye-truby', 'Профильные трубы'),
      leaf('ugolok-i-shveller', 'Уголок и швеллер'),
      leaf('provoloka', 'Проволока'),
    ],
  },
  {
    slug: 'pilomaterialy',
    name: 'Пиломатериалы',
    children: [
      leaf('brus', 'Брус и брусок'),
      leaf('doska-obreznaya', 'Доска обрезная'),
      leaf('doska-strogannaya', 'Доска строганая'),
      leaf('vagonka', 'Вагонка и блок-хаус'),
      leaf('fanera', 'Фанера'),
      leaf('osb-plity', 'OSB-плиты'),
    ],
  },
  {
    slug: 'gipsokarton-i-profili',
    name: 'Гипсокартон и профили',
    children: [
      leaf('gipsokarton', 'Гипсокартон'),
      leaf('profili-dlya-gkl', 'Профили для гипсокартона'),
      leaf('gvl-i-akvapaneli', 'ГВЛ и аквапанели'),
      leaf('komplektuyushchie-gkl', 'Комплектующие для гипсокартона'),
    ],
  },
  {
    slug: 'krovlya',
    name: 'Кровля',
    children: [
      leaf('metallocherepica', 'Металлочерепица'),
      leaf('profnastil', 'Профнастил'),
      leaf('gibkaya-cherepica', 'Гибкая черепица'),
      leaf('ondulin', 'Ондулин'),
      leaf('rulonnaya-krovlya', 'Рулонная кровля'),
      leaf('vodostok', 'Водосточные системы'),
    ],
  },
  {
    slug: 'utepliteli',
    name: 'Утеплители',
    children: [
      leaf('kamennaya-vata', 'Каменная вата'),
      leaf('steklovata', 'Стекловата'),
      leaf('penopolistirol', 'Пенополистирол'),
      leaf('ekstrudirovannyj-penopolistirol', 'Экструдированный пенополистирол'),
    ],
  },
  {
    slug: 'gidroizolyaciya',
    name: 'Гидро- и пароизоляция',
    children: [
      leaf('plenki-i-membrany', 'Плёнки и мембраны'),
      leaf('obmazochnaya-gidroizolyaciya', 'Обмазочная гидроизоляция и мастики'),
    ],
  },
  {
    slug: 'plitka-i-keramogranit',
    name: 'Плитка и керамогранит',
    children: [
      leaf('keramogranit', 'Керамогранит'),
      leaf('plitka-nastennaya', 'Настенная плитка'),
      leaf('plitka-napolnaya', 'Напольная плитка'),
      leaf('zatirki', 'Затирки для швов'),
    ],
  },
  {
    slug: 'lakokrasochnye',
    name: 'Лакокрасочные материалы',
    children: [
      leaf('kraski-interernye', 'Интерьерные краски'),
      leaf('kraski-fasadnye', 'Фасадные краски'),
      leaf('emali', 'Эмали'),
      leaf('gruntovki', 'Грунтовки'),
      leaf('antiseptiki', 'Антисептики и пропитки'),
      leaf('laki', 'Лаки'),
    ],
  },
  {
    slug: 'napolnye-pokrytiya',
    name: 'Напольные покрытия',
    children: [
      leaf('laminat', 'Ламинат'),
      leaf('linoleum', 'Линолеум'),
      leaf('kvarcvinil', 'Кварцвинил (SPC)'),
      leaf('parketnaya-doska', 'Паркетная доска'),
      leaf('podlozhka', 'Подложка'),
    ],
  },
  {
    slug: 'santehnika',
    name: 'Сантехника',
    children: [
      leaf('truby-ppr', 'Полипропиленовые трубы'),
      leaf('kanalizaciya', 'Канализация'),
      leaf('smesiteli', 'Смесители'),
      leaf('unitazy', 'Унитазы'),
      leaf('radiatory', 'Радиаторы отопления'),
    ],
  },
  {
    slug: 'elektrika',
    name: 'Электрика',
    children: [
      leaf('kabel', 'Кабель и провод'),
      leaf('avtomaty', 'Автоматические выключатели и УЗО'),
      leaf('rozetki-i-vyklyuchateli', 'Розетки и выключатели'),
      leaf('gofrotruba', 'Гофротруба и кабель-каналы'),
      leaf('svetilniki', 'Светильники и лампы'),
    ],
  },
  {
    slug: 'instrument',
    name: 'Инструмент',
    children: [
      leaf('elektroinstrument', 'Электроинструмент'),
      leaf('ruchnoj-instrument', 'Ручной инструмент'),
      leaf('osnastka', 'Оснастка и расходники'),
    ],
  },
  {
    slug: 'krepezh',
    name: 'Крепёж',
    children: [
      leaf('samorezy', 'Саморезы'),
      leaf('dyubeli', 'Дюбели'),
      leaf('ankery', 'Анкеры'),
      leaf('gvozdi', 'Гвозди'),
    ],
  },
  {
    slug: 'germetiki-i-peny',
    name: 'Герметики и монтажные пены',
    children: [leaf('montazhnaya-pena', 'Монтажная пена'), leaf('germetiki', 'Герметики')],
  },
];

export interface FlatCategory {
  slug: string;
  name: string;
  parentSlug: string | null;
  /** `/cement-i-smesi/cement/`: slugs from the root, so a subtree is a prefix match. */
  path: string;
  position: number;
}

/** The tree in pre-order: every parent comes before its children. */
export function flattenCategories(tree: readonly CategoryNode[] = DEMO_CATEGORY_TREE): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (nodes: readonly CategoryNode[], parent: FlatCategory | null) => {
    nodes.forEach((node, position) => {
      const flat: FlatCategory = {
        slug: node.slug,
        name: node.name,
        parentSlug: parent?.slug ?? null,
        path: `${parent?.path ?? '/'}${node.slug}/`,
        position,
      };
      out.push(flat);
      walk(node.children ?? [], flat);
    });
  };
  walk(tree, null);
  return out;
}
