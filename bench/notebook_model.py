"""The speed yardstick: the course's published model, written as the course's notebook writes it
(plain classes and lists, one Python loop per step, no numpy), running the four experiments of
question 3 once (3a 40 s, 3b 1 s, 3c 1.5 s, 3d 4 s, dt = 1 ms). It is the least work a grader
that executes each student's notebook does per submission; `grader bench` divides its time per
submission by this.

spikes_between is the notebook's list comprehension, a linear scan over the spike list, by
default: that is the published code, and the yardstick the issue's figures use. --bisect uses
two binary searches instead (the cheaper choice: about 15 times faster, measured on
this project's machine).

Usage: python3 notebook_model.py [RUNS] [--bisect]. It prints the median wall-clock and
processor time of one run over RUNS runs (default 5) and checks the published 3a counts.
"""
import bisect
import math
import sys
import time


def count_scan(spikes, t0, t1):
    """The notebook's spikes_between: a list comprehension over every spike."""
    return len([t for t in spikes if t0 <= t < t1])


def count_bisect(spikes, t0, t1):
    """Two binary searches on the sorted spike list."""
    return bisect.bisect_left(spikes, t1) - bisect.bisect_left(spikes, t0)


count = count_scan


def arange(start, stop, step):
    n = max(0, math.ceil((stop - start) / step))
    delta = (start + step) - start
    return [start + i * delta for i in range(n)]


def generate(rates, ends):
    spikes = []
    start = 0.0
    for rate, end in zip(rates, ends):
        if rate != 0:
            spikes += arange(start + 1 / (2 * rate), end, 1 / rate)
        start = end
    return sorted(spikes)


class InputNeuron:
    def __init__(self, spikes):
        self.spikes = list(spikes)

    def slope(self):
        pass

    def step(self, dt):
        pass

    def receive_spike(self, w):
        pass

    def spikes_between(self, t0, t1):
        return count(self.spikes, t0, t1)


class LIFNeuron:
    def __init__(self, tau_m=0.02, tau_ref=0.002, tau_s=0.05):
        self.tau_m, self.tau_ref, self.tau_s = tau_m, tau_ref, tau_s
        self.t = 0.0
        self.v = 0.0
        self.s = 0.0
        self.ref_remaining = 0.0
        self.dvdt = 0.0
        self.dsdt = 0.0
        self.weighted_incoming = 0.0
        self.spikes = []
        self.v_history = []
        self.s_history = []

    def slope(self):
        self.dvdt = (self.s - self.v) / self.tau_m
        self.dsdt = -self.s / self.tau_s

    def step(self, dt):
        self.s += dt * self.dsdt + self.weighted_incoming / self.tau_s
        v_prev = self.v
        if dt - self.ref_remaining > 0:
            h = dt - self.ref_remaining
            t0 = self.t + self.ref_remaining
            self.v += h * self.dvdt
            self.ref_remaining = 0.0
        else:
            h = dt
            t0 = self.t
            self.v = 0.0
            self.ref_remaining -= dt
        if self.v >= 1:
            t_star = t0 + h * (1 - v_prev) / (self.v - v_prev)
            self.spikes.append(t_star)
            self.v = 1.0
            self.ref_remaining = self.tau_ref - (self.t + dt - t_star)
        self.v_history.append(self.v)
        self.s_history.append(self.s)
        self.weighted_incoming = 0.0
        self.t += dt

    def receive_spike(self, w):
        self.weighted_incoming += w

    def spikes_between(self, t0, t1):
        return count(self.spikes, t0, t1)


class SpikingNetwork:
    def __init__(self):
        self.neurons = []
        self.connections = []
        self.t_history = []

    def add_neuron(self, n):
        self.neurons.append(n)
        return len(self.neurons) - 1

    def connect(self, pre, post, w):
        self.connections.append((pre, post, w))

    def simulate(self, T, dt):
        start = self.t_history[-1] + dt if self.t_history else 0.0
        for tt in arange(start, start + T, dt):
            self.t_history.append(tt)
            for n in self.neurons:
                n.slope()
            for n in self.neurons:
                n.step(dt)
            for pre, post, w in self.connections:
                self.neurons[post].receive_spike(self.neurons[pre].spikes_between(tt, tt + dt) * w)


def firing_rate():
    rates = [5 * (i + 1) for i in range(20)]
    ends = [2 * (i + 1) for i in range(20)]
    net = SpikingNetwork()
    lif = net.add_neuron(LIFNeuron(0.02, 0.002, 0.1))
    inp = net.add_neuron(InputNeuron(generate(rates, ends)))
    net.connect(inp, lif, 0.03)
    net.simulate(40, 0.001)
    return [net.neurons[lif].spikes_between(2 * i, 2 * (i + 1)) for i in range(20)]


def two_neurons():
    net = SpikingNetwork()
    a = net.add_neuron(LIFNeuron())
    b = net.add_neuron(LIFNeuron())
    inp = net.add_neuron(InputNeuron(generate([30], [0.3])))
    net.connect(inp, a, 0.05)
    net.connect(a, b, 0.05)
    net.connect(b, a, 0.05)
    net.simulate(1, 0.001)
    return net


def inhibition():
    net = SpikingNetwork()
    a = net.add_neuron(LIFNeuron())
    b = net.add_neuron(LIFNeuron())
    inp = net.add_neuron(InputNeuron(generate([30], [0.3])))
    net.connect(inp, a, 0.05)
    net.connect(a, b, 0.05)
    net.connect(b, a, 0.05)
    c = net.add_neuron(LIFNeuron())
    late = net.add_neuron(InputNeuron(generate([0, 50], [0.7, 1])))
    net.connect(c, a, -0.2)
    net.connect(late, c, 0.05)
    net.simulate(1.5, 0.001)
    return net


def ring():
    net = SpikingNetwork()
    for _ in range(8):
        net.add_neuron(LIFNeuron(0.05, 0.002, 0.1))
    for k in range(8):
        net.connect(k, (k + 1) % 8, 0.2)
    for k in range(8):
        net.connect((k + 1) % 8, k, -0.4)
    inp = net.add_neuron(InputNeuron(generate([25], [0.3])))
    net.connect(inp, 0, 0.2)
    net.simulate(4, 0.001)
    return net


def four_experiments():
    counts = firing_rate()
    two_neurons()
    inhibition()
    r = ring()
    return counts, r.neurons[7].spikes[:4]


PUBLISHED_3A = [0, 0, 0, 0, 0, 0, 30, 52, 73, 87, 99, 112, 125, 137, 149, 160, 170, 180, 190, 199]


def main(argv):
    global count
    args = [a for a in argv if a != "--bisect"]
    if len(args) != len(argv):
        count = count_bisect
    runs = int(args[0]) if args else 5
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        counts, ring7 = four_experiments()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    if counts != PUBLISHED_3A:
        sys.exit("3a counts %s differ from the published %s" % (counts, PUBLISHED_3A))
    walls.sort()
    cpus.sort()
    print("ring neuron 7 first spikes", ring7)
    print("spikes_between: %s" % ("bisect" if count is count_bisect else "list comprehension (the notebook's)"))
    print("four experiments: median %.3f s wall over %d runs (min %.3f, max %.3f), %.3f s processor"
          % (walls[len(walls) // 2], runs, walls[0], walls[-1], cpus[len(cpus) // 2]))
    # The line `grader bench` reads.
    print("yardstick wall=%.4f cpu=%.4f" % (walls[len(walls) // 2], cpus[len(cpus) // 2]))


if __name__ == "__main__":
    main(sys.argv[1:])
