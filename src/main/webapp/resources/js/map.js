/*
 * Maps with Leaflet (served from /resources/leaflet): the gallery's map of plans, clustered, and the submitter's
 * pin. Everything comes from data attributes; without JavaScript (or tiles) the page still works: the gallery's list
 * and the typed coordinates are the accessible equivalents.
 */
(function () {
    'use strict';

    function baseMap(element) {
        // The marker images, as static files: Leaflet would look for them next to its style sheet's address.
        L.Icon.Default.imagePath = element.getAttribute('data-images');
        var area = JSON.parse(element.getAttribute('data-area'));
        var map = L.map(element, {scrollWheelZoom: false});
        map.fitBounds([[area[0], area[1]], [area[2], area[3]]]);
        L.tileLayer(element.getAttribute('data-tiles'), {
            maxZoom: 19,
            attribution: element.getAttribute('data-attribution')
        }).addTo(map);
        return {map: map, area: area};
    }

    function galleryMap(element) {
        var made = baseMap(element);
        var base = element.getAttribute('data-base');
        var cluster = L.markerClusterGroup();
        JSON.parse(element.getAttribute('data-markers')).forEach(function (plan) {
            var link = document.createElement('a');
            link.href = base + plan.path;
            link.textContent = plan.title;
            cluster.addLayer(L.marker([plan.lat, plan.lng], {title: plan.title, alt: plan.title}).bindPopup(link));
        });
        made.map.addLayer(cluster);
    }

    function pinMap(element) {
        var made = baseMap(element);
        var latitude = document.getElementById(element.getAttribute('data-latitude'));
        var longitude = document.getElementById(element.getAttribute('data-longitude'));
        L.rectangle([[made.area[0], made.area[1]], [made.area[2], made.area[3]]], {fill: false}).addTo(made.map);
        var marker = null;

        function show(lat, lng) {
            if (marker) {
                marker.setLatLng([lat, lng]);
            } else {
                marker = L.marker([lat, lng], {alt: element.getAttribute('data-pin-label')}).addTo(made.map);
            }
        }

        if (latitude.value && longitude.value) {
            show(parseFloat(latitude.value.replace(',', '.')), parseFloat(longitude.value.replace(',', '.')));
        }
        made.map.on('click', function (event) {
            latitude.value = event.latlng.lat.toFixed(6);
            longitude.value = event.latlng.lng.toFixed(6);
            show(event.latlng.lat, event.latlng.lng);
        });
    }

    function start() {
        if (!window.L) {
            return;
        }
        var gallery = document.getElementById('planMap');
        if (gallery) {
            galleryMap(gallery);
        }
        var pin = document.getElementById('pinMap');
        if (pin) {
            pinMap(pin);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
