/*
 * Draws the capacity portlet's bar charts with Chart.js (served by the portal from its WebJar) from the JSON the
 * portlet writes next to them: per zone, pod and cluster the allocated and total figure and the threshold as a line;
 * what is above its threshold is drawn in the warning colour. Labels are translated by the portlet; without
 * Chart.js the table remains.
 */
(function () {
  'use strict';

  var ALLOCATED = '#1f6fb2', ABOVE = '#b00020', TOTAL = '#b8c7d6', THRESHOLD = '#d9822b';

  function draw(root) {
    if (!root || !window.Chart) {
      return;
    }
    var source = root.querySelector('script.park-cloud__data');
    if (!source) {
      return;
    }
    var d = JSON.parse(source.textContent);
    ['cpu', 'ram', 'storage'].forEach(function (name) {
      var canvas = root.querySelector('canvas[data-chart="' + name + '"]');
      var r = d[name];
      if (!canvas || !r) {
        return;
      }
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: d.labels,
          datasets: [
            { label: d.text.allocated, data: r.allocated,
              backgroundColor: r.above.map(function (a) { return a ? ABOVE : ALLOCATED; }) },
            { label: d.text.total, data: r.total, backgroundColor: TOTAL },
            { type: 'line', label: d.text.threshold, data: r.threshold, borderColor: THRESHOLD,
              backgroundColor: THRESHOLD, showLine: false, pointStyle: 'line', pointRadius: 12, borderWidth: 3 }
          ]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, indexAxis: 'y',
          scales: { x: { beginAtZero: true } } }
      });
    });
  }

  window.ParkCapacityCharts = { draw: draw };
}());
