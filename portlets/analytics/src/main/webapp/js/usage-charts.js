/*
 * Draws the usage-reports portlet's charts with Chart.js (served by the portal from its WebJar) from the JSON the
 * portlet writes next to them. Labels are translated by the portlet; without Chart.js the tables remain.
 */
(function () {
  'use strict';

  var COLOURS = ['#1f6fb2', '#d9822b', '#2a7a2a', '#8e44ad', '#b00020'];

  function chart(canvas, type, labels, datasets, options) {
    if (!canvas) {
      return;
    }
    return new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: datasets.length > 1 } } }, options || {})
    });
  }

  function series(label, values, i, fill) {
    return { label: label, data: values, borderColor: COLOURS[i], backgroundColor: COLOURS[i], fill: !!fill,
      tension: 0.2 };
  }

  function draw(root) {
    if (!root || !window.Chart) {
      return;
    }
    var source = root.querySelector('script.park-usage__data');
    if (!source) {
      return;
    }
    var d = JSON.parse(source.textContent);
    var l = d.labels;
    var canvas = function (name) { return root.querySelector('canvas[data-chart="' + name + '"]'); };
    chart(canvas('trend'), 'line', d.days, [series(l.pageViews, d.pageViews, 0), series(l.logins, d.logins, 1)],
      { scales: { y: { beginAtZero: true } } });
    chart(canvas('active'), 'bar', d.days, [series(l.activeUsers, d.activeUsers, 2)],
      { scales: { y: { beginAtZero: true } } });
    chart(canvas('pages'), 'bar', d.pages, [series(l.views, d.pageCounts, 0)], { indexAxis: 'y' });
    chart(canvas('portlets'), 'bar', d.portlets, [series(l.renders, d.renders, 0), series(l.actions, d.actions, 1)],
      { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } });
    chart(canvas('searches'), 'bar', d.queries, [series(l.searches, d.searches, 3), series(l.withoutHits, d.withoutHits, 4)],
      { indexAxis: 'y' });
  }

  window.ParkUsageCharts = { draw: draw };
}());
