// The insights page: charts (ECharts, SVG) and a table beside each, from one GraphQL operation
// (examples/Insights.graphql, in the page's JSON data block), in the page's language (fi, sv or en).
(function () {
  'use strict';

  const texts = {
    fi: {
      title: 'Kuntien digitalisaation kannustinjärjestelmä lukuina',
      lead:
        'Valtiovarainministeriön avustukset kuntien digitalisaatiohankkeisiin: myönnetyt eurot vuosittain, ' +
        'maakunnittain ja asukasta kohden sekä hakujen onnistumisprosentit.',
      loading: 'Ladataan lukuja…',
      failed: 'Lukuja ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
      perYear: 'Myönnetty rahoitus vuosittain',
      perYearNote:
        'Tähän palveluun kirjatut avustuspäätökset. Vuoden 2018 päätöksistä ei julkaistu summia; ' +
        'julkaistu kokonaissumma näkyy rinnalla, kun ministeriö on sen ilmoittanut.',
      perRegion: 'Myönnetty rahoitus maakunnittain',
      perRegionNote: 'Hankkeen hallinnoijakunnan maakunta; maakunnat laskevat yhteen hakujen summat.',
      perResident: 'Rahoitus asukasta kohden: maakuntien järjestys',
      perResidentNote: 'Myönnetyt eurot jaettuna maakunnan asukasluvulla.',
      successRate: 'Onnistumisprosentti hauittain',
      successRateNote: 'Myönteisen päätöksen saaneet hakemukset jätetyistä hakemuksista.',
      year: 'Vuosi',
      region: 'Maakunta',
      call: 'Haku',
      rank: 'Sija',
      grants: 'Avustuksia',
      granted: 'Myönnetty',
      published: 'Julkaistu',
      perResidentColumn: '€ / asukas',
      population: 'Asukkaita',
      submitted: 'Hakemuksia',
      awarded: 'Myönteisiä',
      rate: 'Onnistumis\u00adprosentti',
      sources:
        'Lähteet: valtiovarainministeriön hakuilmoitukset ja tiedotteet (avustukset), Tilastokeskus ' +
        '(kunnat ja maakunnat), THL Sotkanet (asukasluvut). Lisenssi CC BY 4.0.',
      reuse: 'Tulosten uudelleenkäyttö maakunnittain',
      reuseNote:
        'Vahvistetut käyttöönotot: maakunnan kunnat, jotka ottivat käyttöön rahoitetun hankkeen tuloksen. ' +
        'Muualta johdetut hankkeet erikseen; asukkaat kunkin kunnan osalta kerran.',
      reuseNone: 'Käyttöönottoja ei ole vielä vahvistettu.',
      adoptions: 'Käyttöönottoja',
      sameRegion: 'Oman maakunnan hankkeista',
      otherRegions: 'Muiden maakuntien hankkeista',
      municipalities: 'Kuntia',
      data: 'Avoin data',
      explorer: 'GraphQL-kyselyt',
    },
    sv: {
      title: 'Incitamentsystemet för digitalisering i kommunerna i siffror',
      lead:
        'Finansministeriets understöd för kommunernas digitaliseringsprojekt: beviljade euro per år, ' +
        'per landskap och per invånare samt ansökningsomgångarnas andel beviljade.',
      loading: 'Siffrorna laddas…',
      failed: 'Siffrorna kunde inte laddas. Försök igen om en stund.',
      perYear: 'Beviljad finansiering per år',
      perYearNote:
        'Understödsbeslut registrerade i tjänsten. För besluten 2018 publicerades inga belopp; det ' +
        'publicerade totalbeloppet visas bredvid där ministeriet har meddelat det.',
      perRegion: 'Beviljad finansiering per landskap',
      perRegionNote:
        'Landskapet för projektets huvudkommun; landskapen summerar till ansökningsomgångarnas belopp.',
      perResident: 'Finansiering per invånare: landskapens ordning',
      perResidentNote: 'Beviljade euro delat med landskapets invånarantal.',
      successRate: 'Andel beviljade per ansökningsomgång',
      successRateNote: 'Ansökningar som beviljats understöd av de inlämnade ansökningarna.',
      year: 'År',
      region: 'Landskap',
      call: 'Ansökningsomgång',
      rank: 'Plats',
      grants: 'Understöd',
      granted: 'Beviljat',
      published: 'Publicerat',
      perResidentColumn: '€ / invånare',
      population: 'Invånare',
      submitted: 'Ansökningar',
      awarded: 'Beviljade',
      rate: 'Andel beviljade',
      sources:
        'Källor: finansministeriets ansökningsannonser och pressmeddelanden (understöden), Statistikcentralen ' +
        '(kommuner och landskap), THL Sotkanet (invånarantal). Licens CC BY 4.0.',
      reuse: 'Återanvända resultat per landskap',
      reuseNote:
        'Bekräftade ibruktaganden: landskapets kommuner som tagit i bruk resultatet av ett finansierat projekt. ' +
        'Projekt som leds från andra landskap för sig; invånarna räknas en gång per kommun.',
      reuseNone: 'Inga ibruktaganden har bekräftats ännu.',
      adoptions: 'Ibruktaganden',
      sameRegion: 'Av projekt i det egna landskapet',
      otherRegions: 'Av projekt i andra landskap',
      municipalities: 'Kommuner',
      data: 'Öppna data',
      explorer: 'GraphQL-frågor',
    },
    en: {
      title: 'Incentive grants for municipal digitalisation in figures',
      lead:
        "The Ministry of Finance's grants for municipal digitalisation projects: euros granted per year, " +
        'per region and per resident, and the share of applications awarded in each call.',
      loading: 'Loading the figures…',
      failed: 'The figures could not be loaded. Please try again in a moment.',
      perYear: 'Funding granted per year',
      perYearNote:
        'Grant decisions recorded in this service. The 2018 decisions were published without amounts; the ' +
        'total the ministry published stands beside the recorded one where it published one.',
      perRegion: 'Funding granted per region',
      perRegionNote:
        "The region of the project's lead municipality; the regions add up to the calls' totals.",
      perResident: 'Funding per resident: regions ranked',
      perResidentNote: "Euros granted divided by the region's residents.",
      successRate: 'Success rate per call',
      successRateNote: 'Applications awarded a grant out of those submitted.',
      year: 'Year',
      region: 'Region',
      call: 'Call',
      rank: 'Rank',
      grants: 'Grants',
      granted: 'Granted',
      published: 'Published',
      perResidentColumn: '€ per resident',
      population: 'Residents',
      submitted: 'Applications',
      awarded: 'Awarded',
      rate: 'Success rate',
      sources:
        "Sources: the Ministry of Finance's calls and press releases (the grants), Statistics Finland " +
        '(municipalities and regions), THL Sotkanet (population). Licence CC BY 4.0.',
      reuse: 'Results reused, by region',
      reuseNote:
        "Confirmed adoptions: the region's municipalities that took a funded project's result into use. " +
        'Projects led from other regions apart; residents counted once per municipality.',
      reuseNone: 'No adoption has been confirmed yet.',
      adoptions: 'Adoptions',
      sameRegion: 'Of projects from the same region',
      otherRegions: 'Of projects from other regions',
      municipalities: 'Municipalities',
      data: 'Open data',
      explorer: 'GraphQL queries',
    },
  };

  const lang = texts[document.documentElement.lang] ? document.documentElement.lang : 'fi';
  const t = texts[lang];
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang];
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const eurosAndCents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  const colours = { primary: '#003579', secondary: '#7fa7d6', accent: '#c8102e', grid: '#dfe5ee' };

  const main = document.getElementById('insights');

  function element(name, attributes, children) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== undefined && value !== null) node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  /** A cell showing `text`, carrying the API's own value (a Decimal string, a number or null). */
  function cell(value, text, kind) {
    return element(
      kind === 'header' ? 'th' : 'td',
      {
        'data-value': value === null ? '' : String(value),
        scope: kind === 'header' ? 'row' : undefined,
        class: kind === 'text' ? 'text' : undefined,
      },
      [text],
    );
  }

  const money = (value) => (value === null ? '–' : euros.format(Number(value)));
  const moneyWithCents = (value) => (value === null ? '–' : eurosAndCents.format(Number(value)));

  function table(id, columns, rows) {
    return element('table', { id: `${id}-table`, class: 'figures' }, [
      element('thead', {}, [
        element(
          'tr',
          {},
          columns.map((column) => element('th', { scope: 'col' }, [column])),
        ),
      ]),
      element(
        'tbody',
        {},
        rows.map((cells) => element('tr', {}, cells)),
      ),
    ]);
  }

  function section(id, title, note, tableNode) {
    const chart = element('div', { id: `${id}-chart`, class: 'chart', role: 'img', 'aria-label': title });
    main.append(
      element('section', { id, class: 'card' }, [
        element('h2', {}, [title]),
        element('p', { class: 'note' }, [note]),
        element('div', { class: 'pair' }, [chart, element('div', { class: 'table-wrap' }, [tableNode])]),
      ]),
    );
    return echarts.init(chart, null, { renderer: 'svg' });
  }

  const axisLabel = { color: '#333', fontSize: 12 };
  const base = {
    textStyle: { fontFamily: 'inherit' },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    animation: false,
  };

  function bars(chart, labels, series, options) {
    const horizontal = options && options.horizontal;
    const categoryAxis = {
      type: 'category',
      data: labels,
      axisLabel,
      inverse: horizontal,
      axisTick: { show: false },
    };
    const valueAxis = {
      type: 'value',
      axisLabel: { ...axisLabel, formatter: options.format },
      minInterval: options.minInterval,
      splitLine: { lineStyle: { color: colours.grid } },
    };
    chart.setOption({
      ...base,
      legend: series.length > 1 ? { top: 0, textStyle: axisLabel } : undefined,
      grid: { ...base.grid, top: series.length > 1 ? 32 : 16, right: horizontal ? 72 : 24 },
      tooltip: { ...base.tooltip, valueFormatter: options.format },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((entry) => ({
        type: 'bar',
        name: entry.name,
        data: entry.data,
        itemStyle: { color: entry.colour },
        barMaxWidth: horizontal ? 18 : 88,
        barGap: '12%',
        stack: options.stacked ? 'total' : undefined,
        // Stacked segments carry their figure inside, and an empty segment none.
        label: {
          show: true,
          position: options.stacked ? 'inside' : horizontal ? 'right' : 'top',
          formatter: (item) =>
            item.value === null || (options.stacked && item.value === 0) ? '' : options.format(item.value),
          color: options.stacked ? '#fff' : '#333',
          fontSize: 11,
        },
      })),
    });
  }

  function render(data) {
    const charts = [];
    const { years, calls } = data;
    const regions = data.regions.filter((row) => row.region !== null);

    charts.push(
      section(
        'per-year',
        t.perYear,
        t.perYearNote,
        table(
          'per-year',
          [t.year, t.grants, t.granted, t.published, t.perResidentColumn],
          years.map((row) => [
            cell(row.year, String(row.year), 'header'),
            cell(row.grantsDecided, count.format(row.grantsDecided)),
            cell(row.totalGranted, money(row.totalGranted)),
            cell(row.publishedTotalGranted, money(row.publishedTotalGranted)),
            cell(row.grantedPerResident, moneyWithCents(row.grantedPerResident)),
          ]),
        ),
      ),
    );
    bars(
      charts[0],
      years.map((row) => String(row.year)),
      [
        { name: t.granted, data: years.map((row) => Number(row.totalGranted)), colour: colours.primary },
        {
          name: t.published,
          data: years.map((row) =>
            row.publishedTotalGranted === null ? null : Number(row.publishedTotalGranted),
          ),
          colour: colours.secondary,
        },
      ],
      { format: (value) => euros.format(value) },
    );

    const byAmount = [...regions].sort((a, b) => Number(b.totalGranted) - Number(a.totalGranted));
    charts.push(
      section(
        'per-region',
        t.perRegion,
        t.perRegionNote,
        table(
          'per-region',
          [t.region, t.grants, t.granted],
          byAmount.map((row) => [
            cell(row.region.code, row.region.name.text, 'header'),
            cell(row.applicationsAwarded, count.format(row.applicationsAwarded)),
            cell(row.totalGranted, money(row.totalGranted)),
          ]),
        ),
      ),
    );
    bars(
      charts[1],
      byAmount.map((row) => row.region.name.text),
      [{ name: t.granted, data: byAmount.map((row) => Number(row.totalGranted)), colour: colours.primary }],
      { horizontal: true, format: (value) => euros.format(value) },
    );

    const ranked = regions
      .filter((row) => row.grantedPerResident !== null)
      .sort((a, b) => Number(b.grantedPerResident) - Number(a.grantedPerResident));
    charts.push(
      section(
        'per-resident',
        t.perResident,
        t.perResidentNote,
        table(
          'per-resident',
          [t.rank, t.region, t.perResidentColumn, t.population],
          ranked.map((row, index) => [
            cell(index + 1, `${index + 1}.`, 'header'),
            cell(row.region.code, row.region.name.text, 'text'),
            cell(row.grantedPerResident, moneyWithCents(row.grantedPerResident)),
            cell(row.population, count.format(row.population)),
          ]),
        ),
      ),
    );
    bars(
      charts[2],
      ranked.map((row, index) => `${index + 1}. ${row.region.name.text}`),
      [
        {
          name: t.perResidentColumn,
          data: ranked.map((row, index) => ({
            value: Number(row.grantedPerResident),
            itemStyle: { color: index < 3 ? colours.accent : colours.primary },
          })),
          colour: colours.primary,
        },
      ],
      { horizontal: true, format: (value) => eurosAndCents.format(value) },
    );

    charts.push(
      section(
        'success-rate',
        t.successRate,
        t.successRateNote,
        table(
          'success-rate',
          [t.call, t.submitted, t.awarded, t.rate],
          calls.map((row) => [
            cell(row.call.key, row.call.title.text, 'header'),
            cell(
              row.applicationsSubmitted,
              row.applicationsSubmitted === null ? '–' : count.format(row.applicationsSubmitted),
            ),
            cell(row.applicationsAwarded, count.format(row.applicationsAwarded)),
            cell(row.successRate, row.successRate === null ? '–' : percent.format(row.successRate)),
          ]),
        ),
      ),
    );
    bars(
      charts[3],
      calls.map((row) => row.call.key),
      [{ name: t.rate, data: calls.map((row) => row.successRate), colour: colours.primary }],
      { format: (value) => percent.format(value) },
    );

    const adopted = [...data.adoptions].sort((a, b) => b.adoptions - a.adoptions);
    const reuseTable = table(
      'reuse',
      [t.region, t.adoptions, t.otherRegions, t.municipalities, t.population],
      adopted.map((row) => [
        cell(row.region.code, row.region.name.text, 'header'),
        cell(row.adoptions, count.format(row.adoptions)),
        cell(row.adoptionsFromOtherRegions, count.format(row.adoptionsFromOtherRegions)),
        cell(row.adoptingMunicipalities, count.format(row.adoptingMunicipalities)),
        cell(row.residents, count.format(row.residents)),
      ]),
    );
    if (adopted.length === 0) {
      main.append(
        element('section', { id: 'reuse', class: 'card' }, [
          element('h2', {}, [t.reuse]),
          element('p', { class: 'note' }, [t.reuseNone]),
        ]),
      );
    } else {
      charts.push(section('reuse', t.reuse, t.reuseNote, reuseTable));
      bars(
        charts[charts.length - 1],
        adopted.map((row) => row.region.name.text),
        [
          {
            name: t.sameRegion,
            data: adopted.map((row) => row.adoptions - row.adoptionsFromOtherRegions),
            colour: colours.primary,
          },
          {
            name: t.otherRegions,
            data: adopted.map((row) => row.adoptionsFromOtherRegions),
            colour: colours.accent,
          },
        ],
        { horizontal: true, stacked: true, minInterval: 1, format: (value) => count.format(value) },
      );
    }

    window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
    main.setAttribute('aria-busy', 'false');
    main.dataset.state = 'ready';
  }

  function frame() {
    const nav = element(
      'nav',
      { class: 'languages', 'aria-label': 'Kieli / Språk / Language' },
      ['fi', 'sv', 'en'].map((code) =>
        element(
          'a',
          { href: `?lang=${code}`, lang: code, 'aria-current': code === lang ? 'true' : undefined },
          [{ fi: 'Suomeksi', sv: 'På svenska', en: 'In English' }[code]],
        ),
      ),
    );
    document.body.prepend(
      element('header', { class: 'masthead' }, [
        element('div', { class: 'masthead-inner' }, [
          nav,
          element('h1', {}, [t.title]),
          element('p', {}, [t.lead]),
        ]),
      ]),
    );
    document.body.append(
      element('footer', {}, [
        element('p', {}, [t.sources]),
        element('p', {}, [
          element('a', { href: '/exports/awards.csv?lang=' + lang }, [`${t.data}: CSV`]),
          ' · ',
          element('a', { href: '/exports/360giving.json?lang=' + lang }, [`${t.data}: 360Giving`]),
          ' · ',
          element('a', { href: '/graphql' }, [t.explorer]),
        ]),
      ]),
    );
    main.append(element('p', { class: 'status' }, [t.loading]));
  }

  frame();
  fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify({
      query: JSON.parse(document.getElementById('operation').textContent),
      operationName: 'Insights',
    }),
  })
    .then((response) => response.json())
    .then((body) => {
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      main.replaceChildren();
      render(body.data);
    })
    .catch(() => {
      main.replaceChildren(element('p', { class: 'status error' }, [t.failed]));
      main.dataset.state = 'failed';
    });
})();
