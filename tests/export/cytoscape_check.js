// tests/export/cytoscape_check.js CYJS JSON MODULE - load a kgraph
// Cytoscape.js export with the real cytoscape package (MODULE: its folder),
// headless, and check it has the nodes and edges of the D3 JSON export with
// the same names and evidence.
const fs = require('fs');
const path = require('path');
const cytoscape = require(path.resolve(process.argv[4]));

function load(file) {
	const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
	return cytoscape({ headless: true, elements: doc.elements });
}

const [cyjs, json] = process.argv.slice(2, 4);
const d3 = JSON.parse(fs.readFileSync(json, 'utf8'));
const cy = load(cyjs);
const n = cy.nodes().length, e = cy.edges().length;
console.log(`cytoscape: ${n} nodes, ${e} edges`);
if (n !== d3.nodes.length || e !== d3.links.length) {
	console.error(`want ${d3.nodes.length} nodes, ${d3.links.length} edges`);
	process.exit(1);
}
for (const v of d3.nodes) {
	const x = cy.getElementById(v.id);
	if (x.empty() || x.data('label') !== v.label) {
		console.error(`node ${v.id} missing or relabelled`);
		process.exit(1);
	}
}
for (const l of d3.links) {
	const src = cy.getElementById(l.source);
	if (src.empty() || src.outgoers('edge').filter(
		(x) => x.data('target') === l.target &&
			x.data('predicate') === l.predicate &&
			x.data('evidence') === l.evidence).empty()) {
		console.error(`edge missing: ${l.source} -${l.predicate}-> ${l.target}`);
		process.exit(1);
	}
}
