/*
 * sendacc: draws the page's charts with Apache ECharts from the JSON the server placed in #sa-chart-data.
 * Each element with data-chart="KEY" gets the chart described by data[KEY] (its "type" says which kind).
 * Every chart has an ARIA description, no animation, and a data table beside it on the page; when a chart has
 * drawn, its element gets data-rendered="true" (the browser tests wait for it).
 */
(function () {
  'use strict';

  // GOV.UK palette; never the only cue (symbols and words go with them).
  var COLOURS = {
    better: '#00703c', similar: '#ffdd00', worse: '#d4351c',
    higher: '#1d70b8', lower: '#5694ca', none: '#b1b4b6'
  };
  var SYMBOLS = {
    better: 'circle', similar: 'diamond', worse: 'triangle',
    higher: 'pin', lower: 'arrow', none: 'rect'
  };
  var TEXT = '#0b0c0c';
  var GREY_OUTER = '#c9cbcc';
  var GREY_MIDDLE = '#6f777b';
  var FONT = { fontFamily: 'arial, sans-serif', fontSize: 13, color: TEXT };

  // On a small screen the tables stand in for the charts (the stylesheet hides the charts): open them.
  if (window.matchMedia && window.matchMedia('(max-width: 640px)').matches) {
    Array.prototype.forEach.call(document.querySelectorAll('.sa-figure details'), function (details) {
      details.open = true;
    });
  }

  var dataElement = document.getElementById('sa-chart-data');
  if (!dataElement || typeof echarts === 'undefined') {
    return;
  }
  var specs = JSON.parse(dataElement.textContent);
  var charts = [];

  function unitSuffix(unit) {
    return unit === 'percent' ? '%' : '';
  }

  function format(value, unit) {
    if (value === null || value === undefined) {
      return 'no value';
    }
    if (unit === 'yes_no') {
      return value >= 0.5 ? 'Yes' : 'No';
    }
    var places = unit === 'count' && Math.round(value) === value ? 0 : 1;
    return value.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places }) + unitSuffix(unit);
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function draw(element, option, description) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    option.animation = false;
    option.textStyle = FONT;
    option.aria = { enabled: true, label: { enabled: true, description: description } };
    chart.on('finished', function () {
      element.setAttribute('data-rendered', 'true');
      // when the page's first chart was drawn, for the browser tests and benchmarks/page-weight.sh
      if (window.performance && performance.mark && !performance.getEntriesByName('sendacc:first-chart').length) {
        performance.mark('sendacc:first-chart');
      }
    });
    chart.setOption(option);
    charts.push(chart);
    addSaveButton(element, chart);
    return chart;
  }

  // The chart as a PNG on a white background, at twice the screen's resolution (for slides and print).
  function pictureOf(chart) {
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  }

  // "Save chart as image": a PNG named after the page and the chart, e.g. sendacc-hartlepool-spine.png.
  function addSaveButton(element, chart) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary sa-save';
    button.appendChild(document.createTextNode('Save chart as image (PNG)'));
    var label = document.createElement('span');
    label.className = 'govuk-visually-hidden';
    label.textContent = ': ' + (element.getAttribute('aria-label') || 'chart');
    button.appendChild(label);
    button.addEventListener('click', function () {
      var link = document.createElement('a');
      link.href = pictureOf(chart);
      link.download = fileName(element.getAttribute('data-chart')) + '.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    element.insertAdjacentElement('afterend', button);
  }

  function fileName(key) {
    var page = (document.querySelector('h1') || { textContent: 'page' }).textContent;
    return ('sendacc ' + page + ' ' + key).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  // Printing (the stylesheet's @media print): each chart becomes an image that fits the page, and every closed
  // table is opened; both are put back afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) {
      var element = chart.getDom();
      var image = document.createElement('img');
      image.className = 'sa-print-image';
      image.alt = element.getAttribute('aria-label') || '';
      image.src = pictureOf(chart);
      element.insertAdjacentElement('afterend', image);
    });
    document.querySelectorAll('details:not([open])').forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('.sa-print-image').forEach(function (image) { image.remove(); });
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });

  // The 95% intervals of horizontal bars: points are [category index, lower, upper], drawn along the value (x) axis.
  function errorBars(points) {
    return {
      type: 'custom',
      name: '95% confidence interval',
      silent: true,
      z: 10,
      data: points,
      encode: { y: 0, x: [1, 2] },
      renderItem: function (params, api) {
        var lower = api.value(1);
        var upper = api.value(2);
        if (isNaN(lower) || isNaN(upper)) {
          return null;
        }
        var low = api.coord([lower, api.value(0)]);
        var high = api.coord([upper, api.value(0)]);
        var half = Math.max(1, Math.min(4, api.size([0, 1])[1] * 0.3));
        var style = { stroke: TEXT, lineWidth: 1 };
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
            { type: 'line', shape: { x1: low[0], y1: low[1] - half, x2: low[0], y2: low[1] + half }, style: style },
            { type: 'line', shape: { x1: high[0], y1: high[1] - half, x2: high[0], y2: high[1] + half }, style: style }
          ]
        };
      }
    };
  }

  // A chart of one row per category is as tall as its rows need, so that every name can be read.
  function fitHeight(element, rows, perRow, extra) {
    element.style.height = Math.max(200, rows * perRow + extra) + 'px';
  }

  // A line over periods, drawn in two pieces either side of a break in series (a gap, never a line across it); the
  // first piece of the chart carries the dotted mark and its words.
  function pushSegments(series, values, breakIndex, make, marked) {
    if (!(breakIndex > 0)) {
      series.push(make(values));
      return;
    }
    var before = make(values.map(function (value, index) { return index < breakIndex ? value : null; }));
    if (marked) {
      before.markLine = { silent: true, symbol: 'none', lineStyle: { color: TEXT, type: 'dotted' }, label: { formatter: 'Break in series', color: TEXT }, data: [{ xAxis: breakIndex - 0.5 }] };
    }
    series.push(before);
    series.push(make(values.map(function (value, index) { return index >= breakIndex ? value : null; })));
  }

  function referenceLines(lines, axis) {
    return {
      silent: true,
      symbol: 'none',
      lineStyle: { color: TEXT, type: 'dashed', width: 1.5 },
      label: { position: 'insideEndTop', color: TEXT, formatter: '{b}' },
      data: lines.map(function (line) {
        var mark = { name: line.name };
        mark[axis] = line.value;
        return mark;
      })
    };
  }

  var RENDERERS = {
    spine: function (element, spec) {
      var rows = spec.rows;
      fitHeight(element, rows.length, 46, 70);
      var names = rows.map(function (row) { return row.name; });
      var offset = rows.map(function (row) { return row.range[0]; });
      var outerLeft = rows.map(function (row) { return row.middle[0] - row.range[0]; });
      var middle = rows.map(function (row) { return row.middle[1] - row.middle[0]; });
      var outerRight = rows.map(function (row) { return row.range[1] - row.middle[1]; });
      var markers = [];
      rows.forEach(function (row, index) {
        if (row.marker !== null && row.marker !== undefined) {
          markers.push({
            value: [row.marker, index],
            symbol: SYMBOLS[row.category] || 'circle',
            itemStyle: { color: COLOURS[row.category] || COLOURS.none, borderColor: TEXT, borderWidth: 1 },
            row: row
          });
        }
      });
      var bar = function (name, data, colour) {
        return { name: name, type: 'bar', stack: 'spine', data: data, barWidth: 14, silent: true, itemStyle: { color: colour } };
      };
      var englandLine = bar('England range', outerLeft, GREY_OUTER);
      englandLine.markLine = referenceLines([{ name: 'England', value: 0.5 }], 'xAxis');
      draw(element, {
        grid: { left: 8, right: 24, top: 30, bottom: 30, containLabel: true },
        tooltip: {
          trigger: 'item',
          formatter: function (item) {
            var row = item.data.row;
            return '<strong>' + escapeHtml(row.name) + '</strong> (' + escapeHtml(row.period) + ')<br>' +
              'This area: ' + escapeHtml(row.value) + '<br>' + escapeHtml(row.comparison) + '<br>' +
              'England: ' + escapeHtml(row.england) + '; worst ' + escapeHtml(row.worst) + ', best ' + escapeHtml(row.best);
          }
        },
        xAxis: {
          type: 'value', min: 0, max: 1, interval: 0.5, splitLine: { show: false },
          axisLabel: { formatter: function (value) { return value === 0 ? 'Worst' : value === 1 ? 'Best' : 'England'; } }
        },
        yAxis: {
          type: 'category', data: names, inverse: true,
          axisLabel: { width: 260, overflow: 'break', lineHeight: 15 }, axisTick: { show: false }
        },
        series: [
          bar('offset', offset, 'rgba(0,0,0,0)'),
          englandLine,
          bar('Middle half (25th to 75th percentile)', middle, GREY_MIDDLE),
          bar('England range', outerRight, GREY_OUTER),
          { name: 'This area', type: 'scatter', symbolSize: 15, z: 5, data: markers }
        ]
      }, spec.description);
    },

    // Horizontal bars, one per area or breakdown, each named on the axis: the first at the top.
    bars: function (element, spec) {
      var bars = spec.bars;
      var many = bars.length > 20;
      fitHeight(element, bars.length, many ? 17 : 30, 70);
      // The names' column is fixed: ECharts measures a wrapped label before wrapping it, and would clip long names.
      draw(element, {
        grid: { left: 240, right: 24, top: 30, bottom: 30, containLabel: false },
        tooltip: {
          trigger: 'item',
          formatter: function (item) {
            var bar = bars[item.dataIndex];
            return '<strong>' + escapeHtml(bar.name) + '</strong><br>' + escapeHtml(bar.label) +
              (bar.ci ? ' (95% CI ' + escapeHtml(bar.ci) + ')' : '') + (bar.count ? '<br>' + escapeHtml(bar.count) : '') +
              '<br>' + escapeHtml(bar.comparison);
          }
        },
        yAxis: {
          type: 'category', inverse: true, data: bars.map(function (bar) { return bar.name; }),
          axisLabel: { interval: 0, width: 230, overflow: 'break', fontSize: many ? 11 : 13, lineHeight: many ? 12 : 15 },
          axisTick: { show: false }
        },
        xAxis: { type: 'value', position: 'top', axisLabel: { formatter: function (value) { return format(value, spec.unit); } } },
        series: [
          {
            name: 'Value', type: 'bar', barCategoryGap: many ? '20%' : '30%',
            data: bars.map(function (bar) {
              return {
                value: bar.value,
                itemStyle: {
                  color: COLOURS[bar.category] || COLOURS.none,
                  borderColor: bar.highlight ? TEXT : null,
                  borderWidth: bar.highlight ? 3 : 0,
                  opacity: bar.highlight || !bars.some(function (b) { return b.highlight; }) ? 1 : 0.75
                }
              };
            }),
            markLine: spec.lines.length ? referenceLines(spec.lines, 'xAxis') : undefined
          },
          errorBars(bars.map(function (bar, index) { return [index, bar.lower, bar.upper]; }))
        ].concat(bars.some(function (bar) { return bar.england !== undefined && bar.england !== null; }) ? [{
          // England's figure for the same breakdown, where each bar has its own benchmark
          name: 'England', type: 'scatter', symbol: 'diamond', symbolSize: 11, itemStyle: { color: TEXT },
          tooltip: { formatter: function (item) { return 'England: ' + escapeHtml(format(item.value[0], spec.unit)); } },
          data: bars.map(function (bar, index) { return bar.england === null ? null : [bar.england, index]; })
        }] : [])
      }, spec.description);
    },

    histogram: function (element, spec) {
      draw(element, {
        grid: { left: 8, right: 16, top: 20, bottom: 20, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: 30 }, name: 'Value' },
        yAxis: { type: 'value', minInterval: 1, name: 'Local authorities' },
        series: [{ name: 'Local authorities', type: 'bar', barCategoryGap: '2%', data: spec.counts, itemStyle: { color: '#1d70b8' } }]
      }, spec.description);
    },

    trend: function (element, spec) {
      var series = [];
      var lower = spec.lower;
      var band = spec.upper.map(function (upper, index) {
        return upper === null || lower[index] === null ? null : upper - lower[index];
      });
      series.push({ name: 'CI base', type: 'line', stack: 'ci', data: lower, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } });
      series.push({ name: '95% confidence interval', type: 'line', stack: 'ci', data: band, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(29,112,184,0.18)' }, silent: true, tooltip: { show: false } });
      var areaLine = function (data) {
        return { name: spec.areaName, type: 'line', data: data, symbol: 'circle', symbolSize: 7, connectNulls: false, lineStyle: { width: 3, color: '#1d70b8' }, itemStyle: { color: '#1d70b8' } };
      };
      pushSegments(series, spec.values, spec.breakIndex, areaLine, true);
      var reference = function (name, data, colour, type) {
        if (!data.some(function (value) { return value !== null; })) {
          return;
        }
        pushSegments(series, data, spec.breakIndex, function (part) {
          return { name: name, type: 'line', data: part, symbol: 'none', connectNulls: false, lineStyle: { color: colour, type: type, width: 2 }, itemStyle: { color: colour } };
        }, false);
      };
      reference('England', spec.england, TEXT, 'dashed');
      reference('Region', spec.region, '#912b88', 'solid');
      reference('Statistical neighbours', spec.neighbours, '#f47738', 'dotted');
      draw(element, {
        grid: { left: 8, right: 16, top: 40, bottom: 20, containLabel: true },
        legend: { top: 0, data: [spec.areaName, 'England', 'Region', 'Statistical neighbours', '95% confidence interval'] },
        tooltip: { trigger: 'axis', valueFormatter: function (value) { return format(value, spec.unit); } },
        xAxis: { type: 'category', data: spec.periods, boundaryGap: false },
        yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (value) { return format(value, spec.unit); } } },
        series: series
      }, spec.description);
    },

    lines: function (element, spec) {
      var palette = ['#1d70b8', '#d4351c', '#00703c', '#912b88', '#f47738', '#28a197', '#5694ca', '#801650'];
      draw(element, {
        grid: { left: 8, right: 16, top: 40, bottom: 20, containLabel: true },
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis', valueFormatter: function (value) { return format(value, spec.unit); } },
        xAxis: { type: 'category', data: spec.periods, boundaryGap: false },
        yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (value) { return format(value, spec.unit); } } },
        series: spec.series.reduce(function (all, line, index) {
          var england = index === spec.series.length - 1 && line.name === 'England';
          var colour = england ? TEXT : palette[index % palette.length];
          pushSegments(all, line.values, spec.breakIndex, function (part) {
            return {
              name: line.name, type: 'line', data: part, connectNulls: false, symbolSize: 6,
              lineStyle: { color: colour, type: england ? 'dashed' : 'solid', width: 2 }, itemStyle: { color: colour }
            };
          }, index === 0);
          return all;
        }, [])
      }, spec.description);
    },

    stacked: function (element, spec) {
      fitHeight(element, spec.categories.length, 34, 90);
      draw(element, {
        grid: { left: 300, right: 16, top: 40, bottom: 30, containLabel: false },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1, name: 'Local authorities' },
        yAxis: { type: 'category', data: spec.categories, inverse: true, axisLabel: { width: 290, overflow: 'break', lineHeight: 15 } },
        series: spec.series.map(function (part) {
          return {
            name: part.name, type: 'bar', stack: 'all', data: part.data, barWidth: 16,
            itemStyle: { color: COLOURS[part.category], borderColor: '#ffffff', borderWidth: 1 }
          };
        })
      }, spec.description);
    },

    map: function (element, spec) {
      fetch(spec.url).then(function (response) {
        if (!response.ok) {
          throw new Error('boundaries: HTTP ' + response.status);
        }
        return response.json();
      }).then(function (geo) {
        echarts.registerMap('sendacc-areas', geo);
        draw(element, {
          tooltip: {
            trigger: 'item',
            formatter: function (item) {
              return item.data ? '<strong>' + escapeHtml(item.data.areaName) + '</strong><br>' + escapeHtml(item.data.value) + '<br>' + escapeHtml(item.data.label) : escapeHtml(item.name);
            }
          },
          series: [{
            name: 'Comparison with England', type: 'map', map: 'sendacc-areas', nameProperty: 'sendacc_code',
            roam: true, selectedMode: false,
            itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: '#f3f2f1' },
            emphasis: { itemStyle: { areaColor: '#ffdd00' }, label: { show: false } },
            data: spec.areas.map(function (area) {
              return {
                name: area.name, areaName: area.areaName, value: area.value, label: area.label,
                itemStyle: { areaColor: COLOURS[area.category] || COLOURS.none }
              };
            })
          }]
        }, spec.description);
      }).catch(function (error) {
        element.textContent = 'The map could not be drawn: ' + error.message + '. The ranked table below has every figure.';
      });
    }
  };

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var spec = specs[element.getAttribute('data-chart')];
    var render = spec && RENDERERS[spec.type];
    if (render) {
      render(element, spec);
    }
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
