/** Articles written for the ingest tests: none of them is in the default corpus. */

export const GLASSWORKS = `Glassworks in Brenholm to cut night shifts

Brenholm Glassworks will end its night shifts from May 3, 2032, the company announced on Wednesday.

"Orders for bottle glass have fallen by a third since January," said Imre Kasza, the plant's director.

The union said it would meet the management on April 20 to discuss the cuts.

About 140 workers are affected, according to the regional labour office.
`;

export const LIGHTHOUSE_PAGE = `<!doctype html><html><head><title>Lighthouse keepers return to Skarvik | Northern Post</title>
<meta property="og:site_name" content="Northern Post"><meta property="article:published_time" content="2032-06-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Lighthouse keepers return to Skarvik</h1>
<p>The Skarvik lighthouse will have resident keepers again from July, the coastal trust announced on Tuesday, forty years after the last keeper left the island.</p>
<p>"A lamp that is watched is a lamp that is trusted," said Hallveig Brun, who chairs the trust, adding that two keepers had been hired from sixty applicants.</p>
<p>The trust restored the keepers' cottage over the winter with money raised by a village lottery and a grant from the fisheries board.</p>
<p>Boats will take the keepers to the island every second week, weather permitting, and a radio link will be installed before the summer season.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Harbour fees rise</a></li></ul></aside>
<footer>© Northern Post. All rights reserved. Subscribe to our newsletter.</footer></body></html>`;

export const ORCHARD_PAGE = `<!doctype html><html><head><title>Orchard co-operative buys a cider press</title>
<meta property="og:site_name" content="Valley Courier"></head>
<body><header><a href="/">Valley Courier</a> <a href="/farming">Farming</a></header>
<main><h1>Orchard co-operative buys a cider press</h1>
<p>The Lenn valley orchard co-operative has bought its first cider press, its members agreed at a meeting in the village hall on Thursday evening.</p>
<p>"We will press our own apples instead of selling them to the bottlers at a loss," said Teuvo Lind, who chairs the co-operative.</p>
<p>The press, bought second-hand from a farm in the north, will be installed in a barn by the river before the October harvest.</p>
</main><footer>Valley Courier · Letters · Advertise with us</footer></body></html>`;
