# Watch AOTAutograd work. The backend is "aot_eager" assembled from
# the parts that the "Custom Backends" docs use, with a note at each
# step: the min-cut partitioner splits the joint graph, and the two
# "compilers" return the graphs unchanged (eager kernels run them).
import torch
from functorch.compile import make_boxed_func
from functorch.compile import min_cut_rematerialization_partition
from torch._dynamo.backends.common import aot_autograd

torch.compiler.reset()  # forget code compiled by earlier examples
events = []  # what happens, in order
graphs = {}  # the forward and backward graphs, once cut


def ops(gm):  # the ATen operations of a graph, in order
    return [str(n.target).split(".")[1] for n in gm.graph.nodes
            if n.op == "call_function"]


def partition(joint, *args, **kwargs):
    fw, bw = min_cut_rematerialization_partition(joint, *args, **kwargs)
    events.append(f"  joint graph: {len(ops(joint))} ops, split into "
                  f"{len(ops(fw))} + {len(ops(bw))}")
    graphs.update(forward=fw, backward=bw)
    return fw, bw


def note(name):
    def compile_graph(gm, example_inputs):
        events.append(f"  {name} graph compiled")

        def run(*args):
            events.append(f"  {name} graph runs")
            return gm(*args)

        return make_boxed_func(run)

    return compile_graph


backend = aot_autograd(fw_compiler=note("forward"),
                       bw_compiler=note("backward"),
                       partition_fn=partition)

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)


@torch.compile(backend=backend)
def f(x):
    return (x @ w).sin().cos().sum()


events.append("call 1:")
out = f(x)
events.append("backward 1:")
out.backward()
events.append("call 2, backward 2:")
f(x).backward()
print("\n".join(events))
print("grad_fn:", out.grad_fn.name())
print("forward ops: ", *ops(graphs["forward"]))
print("backward ops:", *ops(graphs["backward"]))
print("passed from forward to backward:",
      *[n.name for n in graphs["backward"].graph.nodes
        if n.op == "placeholder" and not n.name.startswith("tangents")])
