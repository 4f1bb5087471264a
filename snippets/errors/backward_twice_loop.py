# The same error in a training loop: a state tensor carried from one iteration
# to the next still has the previous iteration's graph behind it.
import torch

w = torch.tensor(0.5, requires_grad=True)
state = torch.ones(3)
for step in range(2):
    state = w * state + 1  # at step 1, `state` leads back into step 0's graph
    loss = state.pow(2).sum()
    print(f"step {step}: loss = {loss.item():.2f}")
    loss.backward()  # step 1 walks back into step 0's graph, already freed
