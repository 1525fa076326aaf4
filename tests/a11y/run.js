// Runs axe-core over the page and writes its findings into the document,
// which headless Chromium then prints (tests/a11y/axe.sh).
axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
	.then(function (r) {
		var p = document.createElement("pre");
		p.id = "axe-result";
		p.textContent = "axe-done\n" + r.violations.map(function (v) {
			return v.impact + " " + v.id + " " + v.nodes.length + " " + v.nodes[0].target.join(" ");
		}).join("\n");
		document.body.appendChild(p);
	});
