"""One wrk run's figures, for the bench scripts: prints "requests_per_s p50_ms p99_ms" from wrk's --latency output
(the file named on the command line); exits with a message if any answer was not 2xx or 3xx."""
import re
import sys

text = open(sys.argv[1]).read()


def ms(label):
    m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % label, text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors:
    sys.exit("non-2xx responses during the benchmark: " + errors.group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f}")
