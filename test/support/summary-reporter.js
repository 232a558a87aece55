/**
 * Jest reporter that ends the run with the plain closing line CI reads:
 * "Tests: N passed, N failed, N skipped" alone on the last line.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
