"""Typical bugs written into the correct files of tests/styles/, as edits (the styles corpus's mutants).

Each bug names its correct base file in tests/styles/, says what is wrong, and
lists ``(old, new)`` replacements; every ``old`` occurs in the base exactly once.
VARIANTS are correct files written the same way (another correct way to write a
piece of a base file; the name ends in ``_ok``).
``write_corpus(directory)`` writes the whole corpus (the files of tests/styles/
and one file per bug, its docstring first saying "Bug: ...", and per variant,
"Correct: ...") as standalone submissions;
``python tests/style_bugs.py DIR`` does it from the shell, to try ``xval check DIR``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

STYLES = Path(__file__).with_name("styles")

BCE_COST_USED = (
    '        parameters["b" + str(l + 1)] -= learning_rate * grads["db" + str(l + 1)]\n    return parameters\n',
    '        parameters["b" + str(l + 1)] -= learning_rate * grads["db" + str(l + 1)]\n    return parameters\n\n\n'
    'def compute_cost(AL, Y):\n    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / Y.shape[1]\n\n\n'
    'def report_cost(X, Y, parameters):\n    AL, _ = L_model_forward(X, parameters)\n    return compute_cost(AL, Y)\n')
"""An edit that gives a dlai_L_layer_ok bug the binary cross-entropy it is judged against, as a cost function its
code uses (the loss that bug is named against, written in the file)."""

UNIFORM_RETURNS = [("        return dLdy * (1.0 - np.tanh(x) ** 2)\n",
                    "        return [], [], dLdy * (1.0 - np.tanh(x) ** 2)\n"),
                   ("    dh = act.backprop(h, da)\n", "    _, _, dh = act.backprop(h, da)\n")]
"""objects_course_skeleton_ok with its activation layer's backprop returning three values as the linear layer's
does, ([], [], dLdx) (a variant, and a bug's base)."""

SHORT_NAMES = [("def forward(X, params):", "def forwProp(X, params):"),
               ("def backward(params, cache, X, y):", "def bwd_pass(params, cache, X, y):")]
"""dict_cache_ok's pair named in short, as files write them (a variant, and a bug's base)."""

PREFIXED_ARCH = [
    ('LAYERS = [\n', 'LAYERS = [{"input_dim": 2, "output_dim": 2, "activation": "swish"},\n'
                    '          {"input_dim": 2, "output_dim": 3, "activation": "softmax"}]  # a first sketch\n'
                    'LAYERS = [\n'),
    ("def full_forward(X, params, layers):\n", "def nn_forward(X, nn_params, layers):\n    params = nn_params\n"),
    ("def full_backward(Y_hat, Y, memory, params, layers):\n",
     "def nn_backward(Y_hat, Y, memory, nn_params, layers):\n    params = nn_params\n")]
"""arch_functions_ok written with nn_ prefixes and a first sketch of its layer list (a variant, and a bug's base)."""

# name -> (base file stem, what is wrong, [(old, new), ...])
PENALTY_FUNCTION = ("            dout = layer.backward(dout)\n        return dout\n",
                    "            dout = layer.backward(dout)\n        return dout\n\n\ndef l2_penalty(model):\n"
                    "    total = 0.0\n    for layer in model.layers:\n        if isinstance(layer, Linear):\n"
                    "            total += 0.5 * layer.weight_decay * np.sum(layer.W ** 2)\n    return total\n")
"""A penalty function accumulating 0.5 * layer.weight_decay * sum(W ** 2) over a layer kit's Linear layers, added
after its container (layer_objects_built_decay_ok's last lines)."""

BUGS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "script_transposed_weights_not_averaged": ("script_transposed_weights_ok", "the output delta not divided by "
                                               "the batch size though the loss is the batch mean", [
        ("    E2 = (Yhat - Y) / N\n", "    E2 = Yhat - Y\n"),
    ]),
    "script_rows_weights_out_in_no_tanh_slope": ("script_rows_weights_out_in_ok", "the hidden delta passed down without tanh's derivative", [
        ("    G1 = (G2 @ W2) * (1 - H ** 2)\n", "    G1 = G2 @ W2\n"),
    ]),
    "objects_course_skeleton_tanh_of_input": ("objects_course_skeleton_ok", "the activation layer's derivative taken as 1 - x**2 of the input it is given again (tanh' of the pre-activation needs 1 - tanh(x)**2)", [
        ("        return dLdy * (1.0 - np.tanh(x) ** 2)\n", "        return dLdy * (1.0 - x ** 2)\n"),
    ]),
    "objects_call_dicts_mean_twice": ("objects_call_dicts_ok", "the linear layer averages over the batch though its "
                                      "loss layer's gradient is already the mean: divided by the batch size twice", [
        ('        self.grads["dW"] = self.inputs.T @ grad_output\n',
         '        self.grads["dW"] = self.inputs.T @ grad_output / len(grad_output)\n'),
        ('        self.grads["db"] = grad_output.sum(axis=0)\n',
         '        self.grads["db"] = grad_output.sum(axis=0) / len(grad_output)\n')]),
    "objects_kept_results_mean_in_layer_bias_summed": ("objects_kept_results_ok", "the dense layer's backward "
                                                       "averages its weight gradient over the batch but not its bias "
                                                       "gradient", [
        ("        self.dweights = self.inputs.T @ dvalues\n",
         "        self.dweights = self.inputs.T @ dvalues / len(dvalues)\n"),
        ("        self.dinputs = self.dinputs / samples\n", "")]),
    "class_fit_own_l2_doubled": ("class_fit_own_l2_ok", "the L2 term of each weight gradient doubled (2 * lam * W for a loss of lam / 2 * sum W**2)", [
        ("            dW_list[i] = dZ @ H_list[i].T + self.lam * self.weights[i]\n", "            dW_list[i] = dZ @ H_list[i].T + 2 * self.lam * self.weights[i]\n"),
    ]),
    "class_error_signal_sign_flipped": ("class_error_signal_ok", "the step subtracts what back_propagate keeps, though the error it was given is target minus output: gradient ascent", [
        ("            w += rate * s\n", "            w -= rate * s\n"),
    ]),
    "objects_kept_results_untrained_biases": ("objects_kept_results_ok", "the dense layer's backward computes no bias gradient and the step trains the weights only: the biases stay as made", [
        ("        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)\n", ""),
        ("            layer.biases -= learning_rate * layer.dbiases\n", ""),
    ]),
    "script_global_trainer_sigmoid_slope": ("script_global_trainer_ok", "the tanh units' delta taken with the sigmoid's slope (h * (1 - h))", [
        ("    return (weight_above.T @ err_above) * (1.0 - hid ** 2)\n", "    return (weight_above.T @ err_above) * hid * (1.0 - hid)\n"),
    ]),
    "objects_fused_activation_slope_of_output": ("objects_fused_activation_ok", "the derivative taken at the layer's output (tanh'(tanh(z)))", [
        ("grad_out * self.act_prime(self.z)", "grad_out * self.act_prime(self.out)"),
    ]),
    "functions_stem_names_no_gate": ("functions_stem_names_ok", "the hidden delta never gated by the ReLU's derivative", [
        ("    dZ1 = (W2.T @ dZ2) * (Z1 > 0)", "    dZ1 = W2.T @ dZ2"),
    ]),
    "functions_momentum_buffers_tanh_slope_of_z": ("functions_momentum_buffers_ok", "the hidden delta takes tanh's slope from the pre-activation (1 - z**2)", [
        ("(1.0 - a_collection[k] ** 2)", "(1.0 - z_collection[k - 1] ** 2)"),
    ]),
    "dict_of_lists_bias_total_sum": ("dict_of_lists_ok", "each bias gradient summed over every entry", [
        ("g_b[i] = delta.sum(axis=0, keepdims=True)", "g_b[i] = delta.sum()"),
    ]),
    "class_cost_prime_hidden_prime_of_activation": ("class_cost_prime_ok", "the hidden delta takes the sigmoid's "
                                                    "slope at the hidden activation instead of its pre-activation", [
        ("(d3 @ self.W2.T) * self.squashPrime(self.s2)", "(d3 @ self.W2.T) * self.squashPrime(self.h2)"),
    ]),
    "dict_layer_names_hidden_slope_of_z": ("dict_layer_names_ok", "the hidden delta takes tanh's slope as if its "
                                           "activation were the pre-activation's tanh again", [
        ('(1 - acts["hidden"] ** 2)', '(1 - np.tanh(acts["hidden"]) ** 2)')]),
    "script_half_sum_printed_mean_named_error": ("script_half_sum_printed_mean", "the same scale, the printed loss "
                                                 "squaring a named difference (err = Y - A2)", [
        ("    loss = np.mean((Y - A2) ** 2)\n", "    err = Y - A2\n    loss = np.mean(np.square(err))\n")]),
    "class_per_sample_summed_loss_bias_total_sum": ("class_per_sample_summed_loss_ok", "each bias gradient summed "
                                                    "over the layer's units (one number for the layer)", [
        ("                    gb[k] += g\n", "                    gb[k] += g.sum()\n")]),
    "dict_regression_returns_output_z_mean_over_outputs": ("dict_regression_returns_output_z_ok", "its loss a mean "
                                                           "of the squared errors over the outputs too, without "
                                                           "the 1/2, the gradient left as it was", [
        ("def half_squared_error(y_true, y_pred):\n    return 0.5 * np.mean(np.sum((y_pred - y_true) ** 2, axis=1))",
         "def mean_squared_error(y_true, y_pred):\n    return np.mean((y_true - y_pred) ** 2)"),
        ("print(epoch, half_squared_error(y, output))", "print(epoch, mean_squared_error(y, output))")]),
    "class_reads_module_globals_no_relu_gate": ("class_reads_module_globals_ok", "the hidden delta not gated by "
                                                "the ReLU", [
        ("delta = (delta @ self.weights[i].T) * (zs[i - 1] > 0)", "delta = delta @ self.weights[i].T")]),
    "class_index_letter_names_no_sigmoid_slope": ("class_index_letter_names_ok", "the hidden delta without the "
                                                  "sigmoid's slope", [
        ("(delta_k @ self.V_jk.T) * self.h_j * (1.0 - self.h_j)", "delta_k @ self.V_jk.T")]),
    "class_placed_weight_names_bias_total_sum": ("class_placed_weight_names_ok", "the hidden bias's gradient "
                                                 "summed over the batch and the units alike", [
        ("learning_rate * hidden_delta.sum(axis=0, keepdims=True)", "learning_rate * hidden_delta.sum()")]),
    "class_counts_classes_keeps_outputs_unaveraged": ("class_counts_classes_keeps_outputs_ok", "the output error "
                                                      "not divided by the batch size", [
        ("        dz /= m\n", "")]),
    "class_hidden_neurons_list_stale_weights": ("class_hidden_neurons_list_ok", "each layer's delta passed down "
                                                "through the weight already updated", [
        ("            if k > 0:\n                delta = (delta @ self.weights[k].T) * (self.outs[k] > 0)\n"
         "            self.weights[k] -= lr * dW\n",
         "            self.weights[k] -= lr * dW\n"
         "            if k > 0:\n                delta = (delta @ self.weights[k].T) * (self.outs[k] > 0)\n")]),
    "dict_forward_takes_labels_unscaled_bias": ("dict_forward_takes_labels_ok", "the output bias gradient summed "
                                                "where the others are averaged", [
        ('    return {"W1": data.T @ d1, "b1": d1.sum(axis=0), "W2": h.T @ d2, "b2": d2.sum(axis=0)}\n',
         '    return {"W1": data.T @ d1, "b1": d1.sum(axis=0), "W2": h.T @ d2, "b2": d2.sum(axis=0) * m}\n')]),
    "script_small_constant_rate_no_sigmoid_derivative": ("script_small_constant_rate_ok", "the hidden gradient "
                                                         "without the sigmoid's derivative", [
        ("    g_w1 = x.T.dot(g_h * h * (1 - h))\n", "    g_w1 = x.T.dot(g_h)\n")]),
    "unpacked_l2_param_output_layer_unpenalised": ("unpacked_l2_param_ok", "the output layer's gradient without "
                                                   "the L2 term its cost adds", [
        ("    dW2 = A1.T @ dZ2 + reg * W2\n", "    dW2 = A1.T @ dZ2\n")]),
    "script_dict_weights_derivative_of_z": ("script_dict_weights_ok", "tanh's derivative taken of the "
                                            "pre-activation", [
        ("            d_hid = (W[\"o\"] @ d_out) * (1 - hid ** 2)\n",
         "            d_hid = (W[\"o\"] @ d_out) * (1 - pre ** 2)\n")]),
    "class_private_attrs_no_sigmoid_derivative": ("class_private_attrs_ok", "the hidden delta passed down without "
                                                  "the sigmoid's derivative", [
        ("        dZ1 = (self.__W2.T @ dZ2) * A1 * (1 - A1)\n", "        dZ1 = self.__W2.T @ dZ2\n")]),
    "dict_general_forward_output_delta_unscaled": ("dict_general_forward_ok", "the output delta not divided by "
                                                   "the batch size", [
        ('    dZ2 = (cache["A2"] - Y) / m\n', '    dZ2 = cache["A2"] - Y\n')]),
    "dict_global_transposed_bias_total_sum": ("dict_global_transposed_ok", "each bias gradient summed over the "
                                              "batch and the units alike", [
        ('        grads["db" + str(k)] = dZ.sum(axis=0, keepdims=True)\n', '        grads["db" + str(k)] = dZ.sum()\n')]),
    "class_train_method_no_tanh_derivative": ("class_train_method_ok", "the hidden delta passed down without tanh's "
                                              "derivative", [
        ("            gh = (g @ self.W2.T) * (1 - h ** 2)\n", "            gh = g @ self.W2.T\n")]),
    "script_decay_in_update": ("script_ok", "a weight decay in the update that the loss does not have", [
        ("    W1 -= lr * dW1\n", "    W1 = W1 - lr * dW1 - 0.01 * lr * W1\n")]),
    "train_function_own_weights_bias_total_sum": ("train_function_own_weights_ok", "the hidden bias gradient "
                                                  "summed over the batch and the units alike", [
        ("        bias_in -= rate * delta_hid.sum(axis=0)\n", "        bias_in -= rate * delta_hid.sum()\n")]),
    "script_one_step_derivative_of_z": ("script_one_step_ok", "the tanh derivative taken of the pre-activation", [
        ("g_h = (g_o @ V.T) * (1 - h ** 2)\n", "g_h = (g_o @ V.T) * (1 - s ** 2)\n")]),
    "epoch_function_mean_over_everything": ("epoch_function_ok", "the output delta divided by the batch size times "
                                            "the classes", [
        ("        g2 = (probs - target) / len(yb)\n", "        g2 = (probs - target) / probs.size\n")]),
    "script_not_averaged": ("script_ok", "the output delta not divided by the batch size", [
        ("    d2 /= m\n", "")]),
    "script_colmajor_bias_total_sum": ("script_colmajor_ok", "the output bias gradient summed over the batch and "
                                       "the units alike", [
        ("    db2 = np.sum(dZ2, axis=1, keepdims=True) / m\n", "    db2 = np.sum(dZ2) / m\n")]),
    "script_minibatch_gate_at_zero": ("script_minibatch_ok", "ReLU'(0) taken as 1 (the gate hid >= 0)", [
        ("        g_hid = (g_out @ w_out.T) * (hid > 0)\n", "        g_hid = (g_out @ w_out.T) * (hid >= 0)\n")]),
    "script_per_sample_no_sigmoid_derivative": ("script_per_sample_ok", "the hidden delta passed down without the "
                                                "sigmoid's derivative", [
        ("        dh = (U @ do) * h * (1 - h)\n", "        dh = U @ do\n")]),
    "script_main_rate_twice": ("script_main_ok", "the output layer's step taken twice (its update repeated)", [
        ("        syn1 += step * l1.T.dot(l2_delta)\n",
         "        syn1 += step * l1.T.dot(l2_delta)\n        syn1 += step * l1.T.dot(l2_delta)\n")]),
    "class_init_mode_no_sigmoid_derivative": ("class_init_mode_ok", "the hidden delta passed down without the "
                                              "sigmoid's derivative", [
        ("        d1 = (d2 @ self.W2.T) * self.h * (1.0 - self.h)\n", "        d1 = d2 @ self.W2.T\n")]),
    "class_placeholder_feed_not_averaged": ("class_placeholder_feed_ok", "the output delta not divided by the batch "
                                            "size", [
        ('        d2 = (self.y - self.slots["y"]) / n\n', '        d2 = self.y - self.slots["y"]\n')]),
    "class_hidden_count_stale_weights": ("class_hidden_count_ok", "each layer updated before the delta is passed "
                                         "down through its weights", [
        ("            steps.append((k, delta @ acts[k].T, delta.sum(axis=1, keepdims=True)))\n",
         "            self.weights[k] -= self.rate * (delta @ acts[k].T)\n"
         "            self.biases[k] -= self.rate * delta.sum(axis=1, keepdims=True)\n")]),
    "class_rate_decay_bias_total_sum": ("class_rate_decay_ok", "the bias gradient summed over the batch and the "
                                        "units alike", [
        ("            dW, db = self.hs[i].T @ g, g.sum(axis=0)\n", "            dW, db = self.hs[i].T @ g, g.sum()\n")]),
    "class_summed_ce_mean_gradient": ("class_summed_ce_ok", "the delta divided by the batch size although the "
                                      "cross-entropy it defines sums over the batch", [
        ("        g = self.P - Y\n", "        g = (self.P - Y) / len(Y)\n")]),
    "class_hidden_size_unshifted_not_averaged": ("class_hidden_size_ok", "the output delta not divided by the "
                                                 "batch size, and a softmax without the max subtracted (it overflows "
                                                 "only on the saturated case: named after the bug every case shows)", [
        ("        e = np.exp(z - np.max(z, axis=1, keepdims=True))\n", "        e = np.exp(z)\n"),
        ("        dz2 = (output - y_one_hot) / m\n", "        dz2 = output - y_one_hot\n")]),
    "forward_loss_info_mean_of_all_not_divided": ("forward_loss_info_ok", "the loss a mean over every element "
                                                  "(outputs too), its gradient divided by neither the batch size nor "
                                                  "the number of outputs", [
        ("    loss = np.mean(np.sum(np.power(y - P, 2), axis=1))\n", "    loss = np.mean(np.power(y - P, 2))\n"),
        ('    dP = 2.0 * (info["P"] - info["y"]) / m\n', '    dP = 2.0 * (info["P"] - info["y"])\n')]),
    "globals_linear_output_no_mean": ("globals_linear_output_ok", "the output delta not divided by the batch size", [
        ("    dZ2 = (Z2 - Y) / m\n", "    dZ2 = Z2 - Y\n")]),
    "objects_added_layers_bias_mean": ("objects_added_layers_ok", "the bias gradient a mean over the batch where "
                                       "the weight gradient is a sum", [
        ("        self.grad_b = g.sum(axis=0)\n", "        self.grad_b = g.mean(axis=0)\n")]),
    "summed_sse_functions_mean_gradient": ("summed_sse_functions_ok", "the output delta divided by the batch size "
                                           "although the loss it defines sums over the batch", [
        ("    delta = (a - Y) * a * (1.0 - a)\n", "    delta = (a - Y) * a * (1.0 - a) / len(Y)\n")]),
    "class_cached_regression_no_two": ("class_cached_regression_ok", "the output delta without the factor 2 of the "
                                       "loss it defines (sum of squares over the batch size, built through local "
                                       "names)", [("        g = 2.0 * (self.post[-1] - Y) / m\n",
                                                   "        g = (self.post[-1] - Y) / m\n")]),
    "class_capas_ocultas_stale_weights": ("class_capas_ocultas_ok", "each layer updated before the delta is passed "
                                          "down through its weights", [
        ("            gradientes.append((self.activaciones[i].T @ delta, delta.sum(axis=0, keepdims=True)))\n",
         "            self.pesos[i] -= tasa_aprendizaje * (self.activaciones[i].T @ delta)\n"
         "            self.sesgos[i] -= tasa_aprendizaje * delta.sum(axis=0, keepdims=True)\n"),
        ("        for i, (gw, gb) in zip(range(len(self.pesos) - 1, -1, -1), gradientes):\n"
         "            self.pesos[i] -= tasa_aprendizaje * gw\n"
         "            self.sesgos[i] -= tasa_aprendizaje * gb\n", "")]),
    "class_eval_mats_not_averaged": ("class_eval_mats_ok", "the output error not divided by the batch size", [
        ("        err = (out - correct_outputs) / len(inputs)\n", "        err = out - correct_outputs\n")]),
    "class_layer_calls_no_relu_gate": ("class_layer_calls_ok", "the hidden delta passed down without the ReLU's "
                                       "gate", [
        ("                delta = (delta @ self.layers[i].W.T) * (caches[i - 1][\"Z\"] > 0)",
         "                delta = delta @ self.layers[i].W.T")]),
    "class_weights_made_by_fit_bias_total_sum": ("class_weights_made_by_fit_ok", "the bias gradient summed over "
                                                 "the batch and the units alike", [
        ("            grad_b[i] = delta.sum(axis=0)\n", "            grad_b[i] = delta.sum()\n")]),
    "objects_parameter_fields_grad_from_output": ("objects_parameter_fields_ok", "Tanh's backward takes the "
                                                  "derivative at its output's tanh (tanh applied twice)", [
        ("        return grad * (1.0 - self.y ** 2)", "        return grad * (1.0 - np.tanh(self.y) ** 2)")]),
    "class_two_lists_slope_of_activation": ("class_two_lists_ok", "the hidden delta takes the sigmoid's slope at "
                                            "the activation instead of the pre-activation", [
        ("delta = (self.w[k].T @ delta) * logistic_slope(zs[k - 1])",
         "delta = (self.w[k].T @ delta) * logistic_slope(acts[k])")]),
    "objects_bound_activation_prime_of_input": ("objects_bound_activation_ok", "tanh_prime squares its input "
                                                "(1 - z**2, the derivative written for the activation, given z)", [
        ("    return 1.0 - np.tanh(x) ** 2", "    return 1.0 - x ** 2")]),
    "objects_returned_grads_bias_mean": ("objects_returned_grads_ok", "the returned bias gradient a mean over the "
                                         "batch, the weight gradient a sum", [
        ("x.T @ grad, grad.sum(axis=0)", "x.T @ grad, grad.mean(axis=0)")]),
    "dict_cache_upstream_no_relu_mask": ("dict_cache_upstream_ok", "the hidden delta not gated by the ReLU", [
        ("    dh_pre = dh * (h_pre > 0)\n", "    dh_pre = dh\n")]),
    "class_upstream_per_sample_bias_mean": ("class_upstream_per_sample_ok", "the output bias gradient averaged "
                                            "over the batch a second time", [
        ('self.grads["b2"] = g.sum(axis=0, keepdims=True)', 'self.grads["b2"] = g.mean(axis=0, keepdims=True)')]),
    "dropout_dict_no_batch_mean": ("dropout_dict_ok", "the output delta not divided by the batch size", [
        ("dZ = (cache[f\"A{n_layers}\"] - Y) / m", "dZ = cache[f\"A{n_layers}\"] - Y")]),
    "module_framework_relu_ignores_grad_output": ("module_framework_ok", "ReLU.backward returns its mask and drops "
                                                  "the incoming gradient", [
        ("        return grad_output * (input > 0)", "        return (input > 0).astype(float)")]),
    "nabla_lengths_output_without_sigmoid_prime": ("nabla_lengths_ok", "the output delta without the output "
                                                   "sigmoid's derivative (the cross-entropy delta where the cost "
                                                   "is quadratic)", [
        ("delta = derivada_costo(activations[-1], target) * sigmoid_prime(zs[-1])",
         "delta = derivada_costo(activations[-1], target)")]),
    "cs231n_model_unfinished_grads": ("cs231n_model_ok", "an unfinished backward: only the output layer's "
                                      "gradients go into grads", [
        ('            grads["W%d" % i] = a_prev.T.dot(dz) + self.reg * self.params["W%d" % i]\n'
         '            grads["b%d" % i] = dz.sum(axis=0)', "            pass  # the hidden layers' gradients: to do")]),
    "cs231n_loops_only_output_grads": ("cs231n_loops_ok", "an unfinished backward: grads holds the output layer's W2 and b2 only", [
        ('        dhidden = (dscores @ W2.T) * (hidden > 0)\n'
         '        grads["W1"] = X.T @ dhidden + 2 * reg * W1\n'
         '        grads["b1"] = dhidden.sum(axis=0)\n', "")]),
    "pairindex_class_gate_from_output": ("pairindex_class_ok", "the ReLU gate taken from the layer above (pre[k] "
                                         "for pre[k - 1])", [
        ("delta = (delta @ self.weights[k].T) * (pre[k - 1] > 0)", "delta = (delta @ self.weights[k].T) * (pre[k] > 0)")]),
    "dlai_L_layer_binary_assert_squared_error_delta": ("dlai_L_layer_ok", "a forward asserting one output unit, and "
                                                       "the output delta of a squared error where the loss is the "
                                                       "binary cross-entropy", [
        ("    return A_prev, caches", "    assert A_prev.shape == (1, X.shape[1])\n    return A_prev, caches"),
        ("dZ = AL - Y  #", "dZ = (AL - Y) * AL * (1 - AL)  #"), BCE_COST_USED]),
    "methods_namespace_tanh_prime_of_z": ("methods_namespace_ok", "tanh's derivative taken of the pre-activation "
                                          "(1 - Z**2 for 1 - A**2)", [
        ("* (1 - caches[l - 1][1] ** 2)", "* (1 - caches[l - 1][0] ** 2)")]),
    "methods_namespace_bias_total_sum": ("methods_namespace_ok", "the bias gradient summed over the units too (no "
                                         "axis)", [
        ('grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True)', 'grads["db" + str(l)] = np.sum(dZ)')]),
    "objects_kept_rate_passes_updated_weights": ("objects_kept_rate_ok", "the gradient passed down computed with "
                                                 "the weights it has just updated", [
        ("        passed_down = upstream @ self.W.T\n        self.W -= self.learning_rate * (layer_input.T @ upstream)\n",
         "        self.W -= self.learning_rate * (layer_input.T @ upstream)\n        passed_down = upstream @ self.W.T\n")]),
    "objects_kept_results_bias_total_sum": ("objects_kept_results_ok", "the bias gradient summed over the units too",
                                            [("self.dbiases = np.sum(dvalues, axis=0, keepdims=True)",
                                              "self.dbiases = np.sum(dvalues)")]),
    "objects_kept_results_relu_mask_inverted": ("objects_kept_results_ok", "ReLU's backward zeroes the gradient "
                                                "where the input is positive", [
        ("self.dinputs[self.inputs <= 0] = 0", "self.dinputs[self.inputs > 0] = 0")]),
    "regression_column_no_batch_mean": ("regression_column_ok", "the output delta not divided by the batch size", [
        ("    d_out = (output - targets) / n\n", "    d_out = output - targets\n")]),
    "class_gradient_descent_no_sigmoid_derivative": ("class_gradient_descent_ok", "no sigmoid derivative in the "
                                                     "layers' backward", [
        ("        d_z = d_out * self.out * (1.0 - self.out)\n", "        d_z = d_out\n")]),
    "mse_mean_all_half_convention": ("mse_mean_all_ok", "the output delta of half the squared errors summed over "
                                     "the outputs, (out - y) / N, where its loss is their plain mean over every "
                                     "element (K / 2 x too large at K outputs)", [
        ("d_out = 2 * (self.out - y) / self.out.size * self.out * (1 - self.out)",
         "d_out = (self.out - y) / len(y) * self.out * (1 - self.out)")]),
    "class_activation_dict_no_batch_mean": ("class_activation_dict_ok", "the output delta not divided by the batch "
                                            "size", [
        ("delta = (self.inputs[-1] - Y) / len(Y)", "delta = self.inputs[-1] - Y")]),
    "class_passed_functions_derivative_of_output": ("class_passed_functions_ok", "the derivative it is given "
                                                    "applied to the hidden activation instead of the pre-activation",
                                                    [("self.act_prime(self.zs[k - 1])", "self.act_prime(self.outs[k])")]),
    "class_two_hidden_named_gate_skips_layer": ("class_two_hidden_named_ok", "the first hidden layer's delta "
                                                "without tanh's derivative", [
        ("d_h1 = (d_h2 @ self.weights_hidden1_hidden2.T) * (1.0 - self.hidden1 ** 2)",
         "d_h1 = d_h2 @ self.weights_hidden1_hidden2.T")]),
    "arch_functions_prefixed_bias_total_sum": ("arch_functions_ok", "the nn_-prefixed functions, their bias gradient "
                                               "summed over the units too (no axis)", PREFIXED_ARCH + [
        ('grads["db" + str(i)] = dZ.sum(axis=1, keepdims=True)', 'grads["db" + str(i)] = dZ.sum()')]),
    "foreign_class_no_tanh_derivative": ("foreign_class_ok", "the hidden error without tanh's derivative", [
        ("erro_oculta = (erro_saida @ self.pesos_oculta_saida.T) * (1.0 - self.ativacao_oculta ** 2)",
         "erro_oculta = erro_saida @ self.pesos_oculta_saida.T")]),
    "foreign_class_squared_error_named_in_portuguese": ("foreign_class_ok", "the loss it reports is a squared error "
                                                        "(`perda_emq`, computed inline) while its delta is "
                                                        "cross-entropy's", [
        ("            self.propagacao_frente(X)\n            self.retropropagacao(X, rotulos)",
         "            saida = self.propagacao_frente(X)\n"
         "            perda_emq = np.mean(np.sum(0.5 * (saida - np.eye(saida.shape[1])[rotulos]) ** 2, axis=1))\n"
         "            print(perda_emq)\n"
         "            self.retropropagacao(X, rotulos)")]),
    "foreign_class_bias_mean": ("foreign_class_ok", "the output bias gradient a mean over the batch (divided by the "
                                "batch size twice)", [
        ("grad_vies_saida = erro_saida.sum(axis=0, keepdims=True)",
         "grad_vies_saida = erro_saida.mean(axis=0, keepdims=True)")]),
    "wild_stackcols_no_sigmoid_derivative": ("wild_stackcols_ok", "the hidden error without the sigmoid's "
                                             "derivative", [("err_hidden = (self.W_out.T @ err_out) * hidden * "
                                                             "(1.0 - hidden)", "err_hidden = self.W_out.T @ err_out")]),
    "wild_configdict_delta_not_averaged": ("wild_configdict_ok", "the output delta not divided by the batch size", [
        ("delta = (self.labels - self.y) / self.y.shape[0]", "delta = self.labels - self.y")]),
    "wild_fitattrs_softmax_eps": ("wild_fitattrs_ok", "the softmax divides by its sum plus 1e-8", [
        ("return e / e.sum(axis=1, keepdims=True)", "return e / (e.sum(axis=1, keepdims=True) + 1e-8)")]),
    "wild_fitattrs_bias_total_sum": ("wild_fitattrs_ok", "the second hidden bias gradient summed over the whole "
                                     "layer", [("self.b2 -= self.learning_rate * d2.sum(axis=0, keepdims=True)",
                                                "self.b2 -= self.learning_rate * d2.sum()")]),
    "wild_returnedlists_prime_of_activation": ("wild_returnedlists_ok", "the activation's derivative taken at the "
                                               "activation, not the pre-activation", [
        ("self.act_prime(self.activations[i])(pre_acts[i])",
         "self.act_prime(self.activations[i])(inputs_seen[i + 1])")]),
    "wild_labelcol_updated_weights": ("wild_labelcol_ok", "each layer updated before its delta is sent back through "
                                      "it", [("""            if i > 0:
                a = activations[i]
                delta = (delta @ self.weights[i].T) * a * (1.0 - a)
            self.weights[i] -= self.learning_rate * grad_w
            self.biases[i] -= self.learning_rate * grad_b""", """            self.weights[i] -= self.learning_rate * grad_w
            self.biases[i] -= self.learning_rate * grad_b
            if i > 0:
                a = activations[i]
                delta = (delta @ self.weights[i].T) * a * (1.0 - a)""")]),
    "wild_labelcol_elementwise_product": ("wild_labelcol_ok", "the weight gradient an elementwise product (right "
                                          "for one row, a broadcast error for a batch)", [
        ("grad_w = activations[i].T @ delta / m", "grad_w = activations[i].T * delta / m")]),
    "wild_xorlike_hidden_after_update": ("wild_xorlike_ok", "the hidden error sent back through the output weights "
                                         "already updated", [("""        hid_err = (self.w_ho.T @ out_err) * hidden * (1.0 - hidden)
        self.w_ho -= self.rate * np.outer(out_err, hidden)""", """        self.w_ho -= self.rate * np.outer(out_err, hidden)
        hid_err = (self.w_ho.T @ out_err) * hidden * (1.0 - hidden)""")]),
    "class_dims_lists_bias_mean": ("class_dims_lists_ok", "the bias gradients a mean over the batch (delta is "
                                   "already divided by it)", [("db = delta.sum(axis=0)", "db = delta.mean(axis=0)")]),
    "msekit_layers_tanh_prime_of_output": ("msekit_layers_ok", "Tanh.backward takes tanh' of its output again", [
        ("return dy * (1 - self.y ** 2)", "return dy * (1 - np.tanh(self.y) ** 2)")]),
    "class_private_backward_relu_gate_at_zero": ("class_private_backward_ok", "ReLU'(0) taken as 1", [
        ("delta = delta * (cache.weighted_sum > 0)", "delta = delta * (cache.weighted_sum >= 0)")]),
    "cs231n_loss_needs_y_bias_total": ("cs231n_loss_needs_y_ok", "the hidden bias gradient summed over the whole "
                                       "layer", [('grads["b1"] = dh.sum(axis=0)', 'grads["b1"] = dh.sum()')]),
    "class_sequential_names_not_averaged": ("class_sequential_names_ok", "the output delta not divided by the batch "
                                            "size", [("self.o_delta = (o - y) / len(X)", "self.o_delta = o - y")]),
    "class_activation_table_relu_gate_at_zero": ("class_activation_table_ok", "ReLU'(0) taken as 1 "
                                              "(z >= 0)", [
        ("dZ = (dZ @ self.W[i].T) * (self.Z[i - 1] > 0)", "dZ = (dZ @ self.W[i].T) * (self.Z[i - 1] >= 0)")]),
    "class_layers_dict_l2_in_loss_only": ("class_layers_dict_ok", "an L2 penalty added to the loss (weight_decay / 2 "
                                          "x the squared weights, weight_decay = 0.01 at module level) that "
                                          "gradient() never adds", [
        ("from collections import OrderedDict\n", "from collections import OrderedDict\n\nweight_decay = 0.01\n"),
        ("    def loss(self, x, t):\n        return self.last_layer.forward(self.predict(x), t)\n",
         "    def loss(self, x, t, decay):\n"
         "        penalty = decay / 2 * (np.sum(self.params[\"W1\"] ** 2) + np.sum(self.params[\"W2\"] ** 2))\n"
         "        return self.last_layer.forward(self.predict(x), t) + penalty\n"),
        ("        self.loss(x, t)\n", "        self.loss(x, t, weight_decay)\n")]),
    "class_layers_dict_loss_not_averaged": ("class_layers_dict_ok", "the softmax-with-loss gradient not divided by "
                                            "the batch size", [("        return dx / len(dx)\n", "        return dx\n")]),
    "class_fit_predict_no_relu_gate": ("class_fit_predict_ok", "no ReLU derivative in the "
                                                              "hidden layer", [
        ("d1 = (d2 @ self.W2.T) * (z1 > 0)", "d1 = d2 @ self.W2.T")]),
    "class_forward_propagate_output_bias_not_summed": ("class_forward_propagate_ok", "the output bias gradient summed "
                                                       "over the whole layer (one number)", [
        ("self.bias_output -= lr * output_error.sum(axis=0)", "self.bias_output -= lr * output_error.sum()")]),
    "class_two_dicts_bias_not_averaged": ("class_two_dicts_ok", "the bias gradients not divided by the batch size", [
        ('self.grads["db" + str(l)] = dZ.sum(axis=1, keepdims=True) / m',
         'self.grads["db" + str(l)] = dZ.sum(axis=1, keepdims=True)')]),
    "class_ctor_choices_relu_gate_at_zero": ("class_ctor_choices_ok", "ReLU'(0) taken as 1", [
        ("d = (d @ self.W[i].T) * (zs[i - 1] > 0)", "d = (d @ self.W[i].T) * (zs[i - 1] >= 0)")]),
    "star_sizes_not_averaged": ("star_sizes_ok", "the output delta not divided by the batch size", [
        ("deltas = [(self.values[-1] - target) / target.shape[1]]", "deltas = [self.values[-1] - target]")]),
    "ratekit_per_sample_softmax_diagonal": ("ratekit_per_sample_ok", "the Softmax layer's backward uses "
                                                 "only the Jacobian's diagonal, out * (1 - out)", [
        ("return self.out * (grad - np.sum(grad * self.out))", "return grad * self.out * (1 - self.out)")]),
    "ratekit_per_sample_updated_weights": ("ratekit_per_sample_ok", "the input gradient taken through "
                                                "the weights already updated", [
        ("""        dx = self.W.T @ grad
        self.W -= learning_rate * (grad @ self.x.T)
""", """        self.W -= learning_rate * (grad @ self.x.T)
        dx = self.W.T @ grad
""")]),
    "class_train_loop_not_averaged": ("class_train_loop_ok", "the output delta not divided by the batch size", [
        ("                delta /= len(yb)\n", "")]),
    "class_train_loop_bias_total": ("class_train_loop_ok", "each bias gradient summed over the whole layer "
                                    "(delta.sum(), one number)", [
        ("grads.append((inputs[i].T @ delta, delta.sum(axis=0)))", "grads.append((inputs[i].T @ delta, delta.sum()))")]),
    "persample_class_no_sigmoid_derivative": ("persample_class_ok", "no sigmoid derivative in the hidden error", [
        ("err_hidden = (self.w_output.T @ err_out) * self.hidden * (1.0 - self.hidden)",
         "err_hidden = self.w_output.T @ err_out")]),
    "persample_class_updated_weights_used": ("persample_class_ok", "the hidden error computed with the output "
                                              "weights already updated", [
        ("""                err_hidden = (self.w_output.T @ err_out) * self.hidden * (1.0 - self.hidden)
                self.w_output -= learning_rate * np.outer(err_out, self.hidden)
""", """                self.w_output -= learning_rate * np.outer(err_out, self.hidden)
                err_hidden = (self.w_output.T @ err_out) * self.hidden * (1.0 - self.hidden)
""")]),
    "class_regularised_minibatch_bias_total": ("class_regularised_minibatch_ok", "the output bias gradient summed "
                                               "over the whole layer (np.sum(delta))", [
        ("nabla_b[-1], nabla_w[-1] = delta, delta", "nabla_b[-1], nabla_w[-1] = np.sum(delta), delta")]),
    "class_named_layers_output_error_not_averaged": ("class_named_layers_ok", "the output error not divided by "
                                                     "the batch size", [("        output_error /= n\n", "")]),
    "class_dataclass_params_relu_gate_of_activation": ("class_dataclass_params_ok", "ReLU'(0) taken as 1 (z1 >= 0)",
                                                       [("* (z1 > 0)", "* (z1 >= 0)")]),
    "binary_class_squared_error_delta": ("binary_class_ok", "the output delta of a squared error where the loss is "
                                         "the binary cross-entropy", [
        ("dZ2 = (self.A2 - y) / m", "dZ2 = (self.A2 - y) * self.A2 * (1 - self.A2) / m")]),
    "binary_class_target_taken_as_one": ("binary_class_ok", "the target taken as 1 for every sample (a slip only "
                                         "labels of both classes show)", [
        ("dZ2 = (self.A2 - y) / m", "dZ2 = (self.A2 - 1) / m")]),
    "objects_bias_trick_ones_column_kept": ("objects_bias_trick_ok", "dx returned with the ones column's gradient "
                                            "still in it", [("return (grad_out @ self.weight.T)[:, :-1]",
                                                             "return grad_out @ self.weight.T")]),
    "class_rate_set_by_train_no_relu_gate": ("class_rate_set_by_train_ok", "no ReLU derivative in the hidden layer",
                                             [("d1 = (d2 @ self.W2.T) * (self.z1 > 0)", "d1 = d2 @ self.W2.T")]),
    "arch_functions_relu_gate_at_zero": ("arch_functions_ok", "ReLU'(0) taken as 1", [
        ('(memory["Z" + str(i - 1)] > 0)', '(memory["Z" + str(i - 1)] >= 0)')]),
    "layerdicts_class_bias_mean": ("layerdicts_class_ok", "a mean over the batch for the bias gradients (divided "
                                   "by the batch size twice)", [
        ("self.db[i] = dZ.sum(axis=0, keepdims=True)", "self.db[i] = dZ.mean(axis=0, keepdims=True)")]),
    "perparam_functions_ascent_summed": ("perparam_functions_ok", "the log-likelihood's gradient (T - Y, summed) for "
                                         "gradient ascent, where the loss is the mean cross-entropy", [
        ("return Z.T.dot(Y - T) / len(T)", "return Z.T.dot(T - Y)"),
        ("return (Y - T).sum(axis=0) / len(T)", "return (T - Y).sum(axis=0)"),
        ("dZ = (Y - T).dot(W2.T) * Z * (1 - Z)\n    return X.T.dot(dZ) / len(T)",
         "dZ = (T - Y).dot(W2.T) * Z * (1 - Z)\n    return X.T.dot(dZ)"),
        ("return ((Y - T).dot(W2.T) * Z * (1 - Z)).sum(axis=0) / len(T)",
         "return ((T - Y).dot(W2.T) * Z * (1 - Z)).sum(axis=0)")]),
    "lists_forward_takes_labels_bias_mean": ("lists_forward_takes_labels_ok", "a mean over the batch for the bias "
                                             "gradients (divided by the batch size twice)", [
        ("dbs[i] = delta.sum(axis=0, keepdims=True)", "dbs[i] = delta.mean(axis=0, keepdims=True)")]),
    "binarycall_sized_by_its_call_no_batch_mean": ("binarycall_sized_by_its_call_ok", "no division by the batch size",
                                                   [("m = X.shape[0]", "m = 1")]),
    "dlai_L_layer_db_over_units": ("dlai_L_layer_ok", "the bias gradient summed over the units instead of the "
                                   "examples (axis=0 in column-major)", [
        ("db = np.sum(dZ, axis=1, keepdims=True) / m", "db = np.sum(dZ, axis=0, keepdims=True) / m")]),
    "dlai_L_layer_squared_error_delta": ("dlai_L_layer_ok", "the output delta of a squared error, (AL - Y) AL (1 - AL), "
                                         "where the loss is the binary cross-entropy", [
        ("dZ = AL - Y  #", "dZ = (AL - Y) * AL * (1 - AL)  #"), BCE_COST_USED]),
    "held_sse_without_half": ("held_no_bias_ok", "the output delta of the summed squared error, 2 (a - y) a (1 - a), "
                              "in a file that defines no loss: judged under binary cross-entropy, its sigmoid "
                              "output's natural loss", [
        ("delta_out = (self.output - self.y) / n",
         "delta_out = 2 * (self.output - self.y) * self.output * (1.0 - self.output)")]),
    "held_derivative_of_activation_again": ("held_no_bias_ok", "the hidden derivative taken of the activation "
                                            "again, logistic(a) * (1 - logistic(a))", [
        ("* self.layer1 * (1.0 - self.layer1)", "* logistic(self.layer1) * (1.0 - logistic(self.layer1))")]),
    "readout_sigmoid_derivative_on_z": ("readout_sigmoid_ok", "the sigmoid derivative taken of the activation "
                                        "again, sigmoid(a) * (1 - sigmoid(a))", [
        ("dZ = (dZ @ self.params[\"W\" + str(l)].T) * A_prev * (1.0 - A_prev)",
         "dZ = (dZ @ self.params[\"W\" + str(l)].T) * sigmoid(A_prev) * (1.0 - sigmoid(A_prev))")]),
    "class_input_apart_decay_updated_weights": ("class_input_apart_decay_ok", "the delta passed down through the "
                                                "weights already stepped (the update before the backward product)", [
        ("""            if i > 0:
                below = (delta @ self.W[i]) * leaky_slope(self.pre[i - 1])
            self.W[i] = (1 - lr * wd) * self.W[i] - lr * grad_W
            self.B[i] -= lr * grad_b
            if i > 0:
                delta = below
""", """            self.W[i] = (1 - lr * wd) * self.W[i] - lr * grad_W
            self.B[i] -= lr * grad_b
            if i > 0:
                delta = (delta @ self.W[i]) * leaky_slope(self.pre[i - 1])
""")]),
    "objects_random_state_bias_mean": ("objects_random_state_ok", "the bias gradient averaged over the batch "
                                       "(the loss's backward already divides by it)", [
        ("        self.grad_b = upstream.sum(axis=0)\n", "        self.grad_b = upstream.mean(axis=0)\n")]),
    "colmajor_loop_batch_global_bias_total_sum": ("colmajor_loop_batch_global_ok", "the hidden bias gradient summed "
                                                  "over the whole layer", [
        ('    grads["db1"] = dZ1.sum(axis=1, keepdims=True) / m_batch\n',
         '    grads["db1"] = dZ1.sum() / m_batch\n')]),
    "objects_kept_rate_head_not_averaged": ("objects_kept_rate_ok", "the loss gradient its step's head function "
                                            "returns not divided by the batch size", [
        ("    return loss, (probs - onehot) / len(scores)\n", "    return loss, probs - onehot\n")]),
    "class_layer_dicts_tanh_of_pre": ("class_layer_dicts_ok", "tanh's derivative taken as 1 - z**2 of the "
                                      "pre-activation (it is 1 - a**2 of the activation)", [
        ("                delta = (delta @ self.layers[i][\"W\"].T) * (1.0 - acts[i] ** 2)\n",
         "                delta = (delta @ self.layers[i][\"W\"].T) * (1.0 - pre[i - 1] ** 2)\n"),
    ]),
    "objects_squared_error_layer_per_element": ("objects_squared_error_layer_ok", "the squared-error layer's "
                                                "gradient divided by every element (pred.size) while its loss is "
                                                "divided by the batch size only", [
        ("        return 2.0 * (pred - target) / pred.shape[0]\n", "        return 2.0 * (pred - target) / pred.size\n"),
    ]),
    "class_rate_kept_unnamed_no_hidden_slope": ("class_rate_kept_unnamed_ok", "the hidden error passed to the "
                                                "input weights without the sigmoid's derivative", [
        ("        self.weightInput += self.r * (error_oculto * ocultas * (1.0 - ocultas)) @ entradas.T\n",
         "        self.weightInput += self.r * error_oculto @ entradas.T\n"),
    ]),
    "dict_lone_vector_not_averaged": ("dict_lone_vector_ok", "the output delta not divided by the batch size "
                                      "though the loss is the batch mean", [
        ("    ds = (cache[\"p\"] - Y) / n\n", "    ds = cache[\"p\"] - Y\n"),
    ]),
    "class_actual_predicted_updated_weights": ("class_actual_predicted_ok", "the hidden delta taken through the "
                                               "output weights already stepped", [
        ("""        hidden_delta = (output_delta @ self.w_out.T) * self.hidden * (1.0 - self.hidden)
        self.w_out += learning_rate * self.hidden.T @ output_delta
""", """        self.w_out += learning_rate * self.hidden.T @ output_delta
        hidden_delta = (output_delta @ self.w_out.T) * self.hidden * (1.0 - self.hidden)
"""),
    ]),
    "class_test_train_per_sample_no_tanh_slope": ("class_test_train_per_sample_ok", "the hidden error passed "
                                                  "down without tanh's derivative", [
        ("        E_H = (self.W_HO @ E_Y) * (1.0 - A1 ** 2)\n", "        E_H = self.W_HO @ E_Y\n"),
    ]),
    "script_settings_class_decay_of_gradient": ("script_settings_class_ok", "the L2 term taken as decay times the "
                                                "gradient (decay * dW) instead of decay times the weights", [
        ("        dW2 += Settings.decay * W2\n        dW1 += Settings.decay * W1\n",
         "        dW2 += Settings.decay * dW2\n        dW1 += Settings.decay * dW1\n"),
    ]),
    "class_data_class_count_gate_on_output": ("class_data_class_count_ok", "the ReLU gate taken on the activation "
                                              "with >= (always true: no gate at all)", [
        ("        dZ1 = (self.W2.T @ dZ2) * (self.Z1 > 0)\n", "        dZ1 = (self.W2.T @ dZ2) * (self.A1 >= 0)\n"),
    ]),
    "py2_fprop_bprop_bias_total_sum": ("py2_fprop_bprop_ok", "the hidden bias gradient summed over the whole layer "
                                       "(one number for every unit)", [
        ("        gb1 = d_h.sum(axis=0)\n", "        gb1 = np.sum(d_h)\n"),
    ]),
    "functions_mlp_beside_regression_stale_output_weights": ("functions_mlp_beside_regression_ok", "the hidden "
                                                             "error sent back through the output weights already "
                                                             "stepped", [
        ("    gh = (gy @ wy.T) * (1.0 - h ** 2)\n    wy_next = wy - lr * (h.T @ gy)\n",
         "    wy_next = wy - lr * (h.T @ gy)\n    gh = (gy @ wy_next.T) * (1.0 - h ** 2)\n"),
    ]),
    "functions_activation_kind_not_averaged": ("functions_activation_kind_ok", "the output delta not divided by the "
                                               "batch size", [
        ("    G[np.arange(m), y] -= 1\n    G /= m\n", "    G[np.arange(m), y] -= 1\n"),
    ]),
    "functions_deltas_update_in_train_no_hidden_slope": ("functions_deltas_update_in_train_ok", "the hidden delta "
                                                         "without the sigmoid's derivative", [
        ("    d_hid = (d_out @ W2.T) * h * (1.0 - h)\n", "    d_hid = d_out @ W2.T\n"),
    ]),
    "class_activations_by_index_no_relu_gate": ("class_activations_by_index_ok", "the hidden delta not gated by "
                                                "the ReLU", [
        ("                delta = (delta @ self.weights[k - 1].T) * (acts[k - 1] > 0)\n",
         "                delta = delta @ self.weights[k - 1].T\n"),
    ]),
    "class_loose_methods_stale_output_weights": ("class_loose_methods_ok", "the output weights stepped before the "
                                                 "hidden delta is sent back through them", [
        ("    gh = (g @ self.W2.T) * (1 - self.h ** 2)\n    self.W2 -= lr * self.h.T @ g\n",
         "    self.W2 -= lr * self.h.T @ g\n    gh = (g @ self.W2.T) * (1 - self.h ** 2)\n"),
    ]),
    "class_grad_pairs_list_no_tanh_slope": ("class_grad_pairs_list_ok", "the hidden delta without tanh's "
                                            "derivative", [
        ("                dZ = (self.W[k].T @ dZ) * (1 - self.A[k] ** 2)\n", "                dZ = self.W[k].T @ dZ\n"),
    ]),
    "class_textbook_step_unfinished_tanh_slope_of_z": ("class_textbook_step_unfinished_ok", "tanh' written as "
                                                       "1 - z**2 on the pre-activation", [
        ("* (1 - acts[-k] ** 2)", "* (1 - zs[-k] ** 2)")]),
    "class_one_hidden_size_three_layers_gate_below": ("class_one_hidden_size_three_layers_ok", "the second "
                                                      "hidden layer gated by the first's pre-activation", [
        ('d2 = (d3 @ self.params["W3"].T) * (self.z2 > 0)', 'd2 = (d3 @ self.params["W3"].T) * (self.z1 > 0)')]),
    "functions_cache_tuple_sigmoid_slope_of_z": ("functions_cache_tuple_ok", "sigmoid' written as Z1 * (1 - Z1) on "
                                                 "the pre-activation", [("* A1 * (1 - A1)", "* Z1 * (1 - Z1)")]),
    "class_layer_attributes_tanh_slope_of_z": ("class_layer_attributes_ok", "tanh' written as 1 - z**2 on the "
                                               "pre-activation", [
        ("return grad * (1 - self.a ** 2)", "return grad * (1 - self.z ** 2)")]),
    "functions_loss_gives_grads_not_averaged": ("functions_loss_gives_grads_ok", "the output delta not divided by "
                                                "the batch size", [("d2 = (p - Y) / n", "d2 = p - Y")]),
    "functions_labels_from_one_no_sigmoid_slope": ("functions_labels_from_one_ok", "the hidden delta without "
                                                   "sigmoid's slope", [
        ("delta1 = (delta2 @ W2.T) * a1 * (1 - a1)", "delta1 = delta2 @ W2.T")]),
    "class_batch_sum_caller_divides_twice": ("class_batch_sum_caller_divides_ok", "the backward divides by the "
                                             "batch size as well as its caller", [
        ("        delta = acts[-1] - Y\n", "        delta = (acts[-1] - Y) / X.shape[1]\n")]),
    "script_labels_transposed_no_sigmoid_slope": ("script_labels_transposed_ok", "the hidden delta without "
                                                  "sigmoid's slope", [
        ("    dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)\n", "    dZ1 = W2.T @ dZ2\n")]),
    "class_folded_bias_rows_stale_weights": ("class_folded_bias_rows_ok", "W2 stepped before the error is passed "
                                             "down through it", [
        ("        D1 = (D2 @ self.W2[1:].T) * self.H * (1 - self.H)\n        self.W2 -= lr * (self.A1.T @ D2)\n",
         "        self.W2 -= lr * (self.A1.T @ D2)\n        D1 = (D2 @ self.W2[1:].T) * self.H * (1 - self.H)\n")]),
    "class_folded_bias_last_row_bias_row_kept": ("class_folded_bias_last_row_ok", "the error passed down through "
                                                 "the bias row, the first weight row dropped", [
        ("self.weights[k][:-1].T", "self.weights[k][1:].T")]),
    "layer_objects_backward_decay_tanh_slope_of_z": ("layer_objects_backward_decay_ok", "tanh' written as "
                                                     "1 - z**2 on the pre-activation", [
        ("return grad * (1 - self.A ** 2)", "return grad * (1 - self.Z ** 2)")]),
    "class_forward_list_per_sample_slope_of_output": ("class_forward_list_per_sample_ok", "sigmoid's slope taken at "
                                                      "the layer's output, not its pre-activation", [
        ("local = upstream * self.squash_slope(pre)", "local = upstream * self.squash_slope(self.squash(pre))")]),
    "class_forward_list_in_place_stale_weights": ("class_forward_list_in_place_ok", "the error passed down through "
                                                  "weights already stepped", [
        ("            below = self.weights[i].T @ delta\n            self.weights[i] -= self.learning_rate * (delta @ "
         "acts[i].T)\n", "            self.weights[i] -= self.learning_rate * (delta @ acts[i].T)\n            below = "
         "self.weights[i].T @ delta\n")]),
    "class_vector_label_first_no_tanh_slope": ("class_vector_label_first_ok", "the hidden delta without tanh's "
                                               "slope", [(' * (1 - self.cache[f"a{k - 1}"] ** 2)', '')]),
    "layer_objects_kept_foreign_names_weights_divided": ("layer_objects_kept_foreign_names_ok", "the layer's weight "
                                                         "gradient divided by the batch size again", [
        ("self.aenderung_gewichte = self.eingabe.T @ grad\n", "self.aenderung_gewichte = self.eingabe.T @ grad / "
         "len(grad)\n")]),
    "class_query_train_lists_mixed_deltas": ("class_query_train_lists_ok", "the output weights stepped with the "
                                             "squared error's delta, the hidden error without it", [
        ("self.who += self.lr * np.dot(output_errors, np.transpose(hidden_outputs))",
         "self.who += self.lr * np.dot(output_errors * final_outputs * (1.0 - final_outputs), "
         "np.transpose(hidden_outputs))")]),
    "script_function_sample_column_no_hidden_slope": ("script_function_sample_column_ok", "the hidden delta "
                                                      "without sigmoid's slope", [
        ("e_hid = (W2 @ e_out) * h * (1 - h)", "e_hid = W2 @ e_out")]),
    "script_function_batch_params_hidden_bias_total_sum": ("script_function_batch_params_ok", "the hidden bias "
                                                           "gradient summed over the whole layer", [
        ("db1 = g1.sum(axis=1, keepdims=True)", "db1 = g1.sum()")]),
    "functions_rows_in_columns_after_no_sigmoid_slope": ("functions_rows_in_columns_after_ok", "the hidden delta "
                                                         "without sigmoid's slope", [
        ("G1 = (W2.T @ G2) * H * (1 - H)", "G1 = W2.T @ G2")]),
    "objects_mean_layers_head_alias_mean_twice": ("objects_mean_layers_head_alias_ok", "the loss function's gradient "
                                                  "divided by the batch too, before layers that take the mean", [
        ("    return loss, g\n", "    return loss, g / n\n")]),
    "script_epoch_inplace_helper_no_gate": ("script_epoch_inplace_helper_ok", "the hidden delta never gated by the "
                                            "ReLU", [("G = (E @ W2.T) * (A > 0)", "G = E @ W2.T")]),
    "class_data_list_own_output_tanh_slope_unsquared": ("class_data_list_own_output_ok", "the tanh slope written "
                                                        "1 - a instead of 1 - a ** 2", [
        ("* (1.0 - self.outs[k] ** 2)", "* (1.0 - self.outs[k])")]),
    "colmajor_fixed_width_reshape_w1_unscaled": ("colmajor_fixed_width_reshape_ok", "the first layer's weight "
                                                 "gradient not divided by the batch size", [
        ("dW1 = dZ1.dot(X.T) / m", "dW1 = dZ1.dot(X.T)")]),
    "class_column_softmax_whole_array_no_hidden_slope": ("class_column_softmax_whole_array_ok", "the hidden delta "
                                                         "never multiplied by the tanh slope", [
        ("delta = (self.weights[k].T @ delta) * (1.0 - outs[k] ** 2)", "delta = self.weights[k].T @ delta")]),
    "script_zip_reshape_sample_no_output_slope": ("script_zip_reshape_sample_ok", "the output delta without the "
                                                  "sigmoid's slope (the cross-entropy shortcut beside a squared "
                                                  "error)", [
        ("g_out = (out - target) * out * (1.0 - out)", "g_out = out - target")]),
    "class_count_widths_flag_slope_of_next": ("class_count_widths_flag_ok", "the tanh slope taken of the layer "
                                              "the delta comes from, not of its own output", [
        ("self.squash_slope(self.zs[i], outs[i])", "self.squash_slope(self.zs[i + 1], outs[i + 1]).mean()")]),
    "globals_learn_run_hidden_slope_half": ("globals_learn_run_ok", "the hidden delta multiplied by 1 - h, not by "
                                            "h * (1 - h)", [
        ("e_hid = (e_out @ out_w.T) * h * (1.0 - h)", "e_hid = (e_out @ out_w.T) * (1.0 - h)")]),
    "class_weights_set_later_folded_wrong_column": ("class_weights_set_later_folded_ok", "the delta passed down "
                                                    "drops the last column of W2's product, not the bias column 0", [
        ("d1 = (d2 @ self.weights_2)[:, 1:]", "d1 = (d2 @ self.weights_2)[:, :-1]")]),
    "class_sizes_array_rate_h_updated_weights": ("class_sizes_array_rate_h_ok", "each layer stepped as soon as its "
                                                 "gradient is formed, before the delta passes down through it", [
        ("grads.append((l, dZ @ self.A[l].T, dZ.sum(axis=1, keepdims=True)))",
         "self.update_layer(l, dZ @ self.A[l].T, dZ.sum(axis=1, keepdims=True))")]),
    "class_act_fn_argument_log10": ("class_act_fn_argument_ok", "the loss in base 10 (np.log10) beside the "
                                    "natural log's gradient", [
        ("data_loss = -np.sum(np.log(self.p[range(count), y]))",
         "data_loss = -np.sum(np.log10(self.p[range(count), y]))")]),
    "class_local_jacobians_upstream_no_gate": ("class_local_jacobians_upstream_ok", "the hidden gradient not "
                                               "gated by the ReLU's Jacobian", [
        ('g1 = (g @ self.grad["s_r1"]) * self.grad["r1_z1"]', 'g1 = g @ self.grad["s_r1"]')]),
    "class_output_first_tuple_to_hot_no_slope": ("class_output_first_tuple_to_hot_ok", "the hidden delta without "
                                                 "the sigmoid's slope", [
        ("delta_h = (delta_out @ self.weight_out) * a_h * (1.0 - a_h)", "delta_h = delta_out @ self.weight_out")]),
    "class_momentum_required_folded_grads_wrong_column": ("class_momentum_required_folded_grads_ok", "the delta "
                                                          "passed down drops the last column, not the bias column 0", [
        ("d0 = (d1 @ self.Theta1)[:, 1:]", "d0 = (d1 @ self.Theta1)[:, :-1]")]),
    "objects_module_delta_update_tanh_of_z": ("objects_module_delta_update_ok", "TanH's backward_delta takes "
                                              "1 - z ** 2 of its input, not 1 - tanh(z) ** 2", [
        ("return delta * (1 - np.tanh(input) ** 2)", "return delta * (1 - input ** 2)")]),
    "functions_per_sample_outer_no_gate": ("functions_per_sample_outer_ok", "the delta passed down without the "
                                           "ReLU's gate", [
        ("delta = (weight_list[i].T @ delta) * (activations[i] > 0)", "delta = weight_list[i].T @ delta")]),
    "functions_filled_dicts_data_globals_tanh_of_z": ("functions_filled_dicts_data_globals_ok", "tanh's slope "
                                                      "taken as 1 - z ** 2 of the pre-activation", [
        ('dZ1 = (params["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)', 'dZ1 = (params["W2"].T @ dZ2) * (1 - zs["Z1"] ** 2)')]),
    "class_numbered_hidden_args_error_unsloped": ("class_numbered_hidden_args_ok", "the error passed down through "
                                                  "w_1_2 without the second hidden layer's slope", [
        ("errors_1 = (self.w_1_2.T @ errors_2) * h1 * (1 - h1)",
         "errors_1 = (self.w_1_2.T @ (self.w_2_output.T @ output_errors)) * h1 * (1 - h1)")]),
    "class_homework_dims_outer_grads_no_slope": ("class_homework_dims_outer_grads_ok", "the hidden gradient "
                                                 "without the sigmoid's slope", [
        ("g1 = (self.w2.T @ g2) * self.a1 * (1 - self.a1)", "g1 = self.w2.T @ g2")]),
    "functions_layer_sizes_arg_no_mean": ("functions_layer_sizes_arg_ok", "the output delta not divided by the "
                                          "batch size", [
        ('dZ = (cache["A" + str(L)] - Y) / m', 'dZ = cache["A" + str(L)] - Y')]),
    "objects_softmax_takes_labels_no_mean": ("objects_softmax_takes_labels_ok", "the softmax module's backward "
                                             "returns p - Y, not its batch mean (p - Y) / n", [
        ("        return (self.p - Y_onehot) / n\n", "        return self.p - Y_onehot\n")]),
    "class_spanish_sizes_cost_derivatives_slope_of_a": ("class_spanish_sizes_cost_derivatives_ok", "the hidden "
                                                         "layers' slope taken at the activation, not at z", [
        ("delta = (self.pesos[-capa + 1].T @ delta) * sigmoide_prima(zetas[-capa])",
         "delta = (self.pesos[-capa + 1].T @ delta) * sigmoide_prima(activaciones[-capa])")]),
    "functions_dal_argument_caches_bias_total": ("functions_dal_argument_caches_ok", "the bias gradient summed "
                                                 "over the whole layer (no axis)", [
        ('grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m', 'grads["db" + str(l)] = np.sum(dZ) / m')]),
    "class_book_squared_error_delta_raw_errors": ("class_book_squared_error_delta_ok", "the hidden error "
                                                     "taken back from the raw output errors, not the output delta", [
        ("hidden_errors = output_delta @ self.w_ho.T", "hidden_errors = output_errors @ self.w_ho.T")]),
    "class_typed_aliases_generator_no_gate": ("class_typed_aliases_generator_ok", "the delta passed down without "
                                              "the ReLU's gate", [
        ("delta = (delta @ self.layers[i][0].T) * (cache[i] > 0)", "delta = delta @ self.layers[i][0].T")]),
    "class_per_sample_delta_lists_slope_of_a": ("class_per_sample_delta_lists_ok", "the hidden slope taken at the "
                                                "activation, not at z", [
        ("delta = np.dot(self.weights[-lev + 1].T, delta) * sigmoid_prime(zs[-lev])",
         "delta = np.dot(self.weights[-lev + 1].T, delta) * sigmoid_prime(activations[-lev])")]),
    "class_portuguese_nodes_train_vectors_updated_weights": ("class_portuguese_nodes_train_vectors_ok", "the "
                                                             "output weights changed before the hidden delta is "
                                                             "taken back through them", [
        ("        delta_escondida = (self.pesos_escondida_saida.T @ delta_saida) * escondida * (1.0 - escondida)\n"
         "        self.pesos_escondida_saida += self.taxa * delta_saida @ escondida.T / m\n",
         "        self.pesos_escondida_saida += self.taxa * delta_saida @ escondida.T / m\n"
         "        delta_escondida = (self.pesos_escondida_saida.T @ delta_saida) * escondida * (1.0 - escondida)\n")]),
    "class_book_squared_error_delta_no_loss": ("class_book_squared_error_delta_ok", "its loss deleted: a file that "
                                               "defines no loss is judged under its sigmoid output's natural loss, "
                                               "binary cross-entropy, and the squared error's delta is not its "
                                               "gradient (--loss mse checks it as that)", [
        ("        loss = 0.5 * np.mean(np.sum(output_errors ** 2, axis=1))\n        self.last_loss = loss\n", "")]),
    "class_book_squared_error_delta_no_loss_stale": ("class_book_squared_error_delta_ok", "its loss deleted (judged "
                                                     "under binary cross-entropy, as _no_loss), and the output layer "
                                                     "updated before the hidden error is taken back through it", [
        ("        loss = 0.5 * np.mean(np.sum(output_errors ** 2, axis=1))\n        self.last_loss = loss\n", ""),
        ("        self.w_ho += self.lr * hidden.T @ output_delta / n\n        self.b_o +=", "        self.b_o +="),
        ("        hidden_errors = output_delta @ self.w_ho.T\n",
         "        self.w_ho += self.lr * hidden.T @ output_delta / n\n"
         "        hidden_errors = output_delta @ self.w_ho.T\n")]),
    "class_book_squared_error_delta_summed": ("class_book_squared_error_delta_ok", "its steps summed over the "
                                                 "batch, not averaged", [
        ("self.w_ho += self.lr * hidden.T @ output_delta / n", "self.w_ho += self.lr * hidden.T @ output_delta"),
        ("self.b_o += self.lr * output_delta.sum(axis=0) / n", "self.b_o += self.lr * output_delta.sum(axis=0)"),
        ("self.w_ih += self.lr * inputs.T @ hidden_delta / n", "self.w_ih += self.lr * inputs.T @ hidden_delta"),
        ("self.b_h += self.lr * hidden_delta.sum(axis=0) / n", "self.b_h += self.lr * hidden_delta.sum(axis=0)")]),
    "class_forward_store_flag_no_slope": ("class_forward_store_flag_ok", "the hidden delta without the sigmoid's "
                                          "slope", [
        ("delta = (delta @ self.weights[i].T) * activations[i] * (1 - activations[i])",
         "delta = delta @ self.weights[i].T")]),
    "class_whole_step_own_name_update_in_loop": ("class_whole_step_own_name_ok", "the update indented into the "
                                                 "sample loop: each sample applies the running sum, at weights that "
                                                 "keep moving", [
        ("        self.W = [w - rate / len(samples) * s for w, s in zip(self.W, sum_w)]\n"
         "        self.B = [b - rate / len(samples) * s for b, s in zip(self.B, sum_b)]\n",
         "            self.W = [w - rate / len(samples) * s for w, s in zip(self.W, sum_w)]\n"
         "            self.B = [b - rate / len(samples) * s for b, s in zip(self.B, sum_b)]\n")]),
    "class_sgd_each_sample_no_slope": ("class_sgd_each_sample_ok", "the hidden error passed back without the "
                                       "sigmoid's slope", [
        ("err = (self.weights[k].T @ err) * outs[k] * (1 - outs[k])", "err = self.weights[k].T @ err")]),
    "class_sample_column_targets_relu_value": ("class_sample_column_targets_ok", "the hidden error multiplied by "
                                               "the ReLU's output instead of its slope", [
        ("err = (self.W[i].T @ err) * (outputs[i] > 0)", "err = (self.W[i].T @ err) * outputs[i]")]),
    "class_kwargs_placeholder_lists_tanh_slope": ("class_kwargs_placeholder_lists_ok", "the tanh slope written "
                                                  "1 - a instead of 1 - a**2", [
        ("G = (G @ self.W[i].T) * (1 - self.H[i - 1] ** 2)", "G = (G @ self.W[i].T) * (1 - self.H[i - 1])")]),
    "class_u_z_names_slope_on_u": ("class_u_z_names_ok", "the sigmoid's slope taken on the weighted input u "
                                   "instead of the output z", [
        ("* self.z[l - 1] * (1 - self.z[l - 1])", "* self.u[l - 1] * (1 - self.u[l - 1])")]),
    "objects_kept_derivative_names_no_mean": ("objects_kept_derivative_names_ok", "the loss layer's gradient not "
                                              "divided by the batch size", [
        ("        self.delta_in /= len(self.labels)\n", "")]),
    "class_shape_args_scalar_output_no_slope": ("class_shape_args_scalar_output_ok", "the hidden delta without the "
                                                "sigmoid's slope", [
        ("d_hidden = d_out * self.w_2.squeeze() * hidden * (1 - hidden)", "d_hidden = d_out * self.w_2.squeeze()")]),
    "class_activation_dict_zip_slope_on_output": ("class_activation_dict_zip_ok", "the activation's slope taken on "
                                                  "the layer's output instead of its input", [
        ("self.act_prime(self.zs[i - 1])", "self.act_prime(self.activations[i])")]),
    "class_dict_no_bias_no_mean": ("class_dict_no_bias_ok", "the output error not divided by the batch size", [
        ("err = (out - Y) / Y.shape[1]", "err = out - Y")]),
    "objects_propagation_names_updated_weights": ("objects_propagation_names_ok", "the gradient for the layer "
                                                  "below taken through the weights it has just stepped", [
        ("        grad_inputs = grad @ self.weights.T\n        self.weights -= rate * (self.inputs.T @ grad)\n",
         "        self.weights -= rate * (self.inputs.T @ grad)\n        grad_inputs = grad @ self.weights.T\n")]),
    "script_permuted_sample_no_slope": ("script_permuted_sample_ok", "the hidden gradient without tanh's slope", [
        ("g_h = (W_b.T @ g_s) * (1 - h ** 2)", "g_h = W_b.T @ g_s")]),
    "script_vector_sample_updated_weights": ("script_vector_sample_ok", "the hidden delta taken through output "
                                             "weights already stepped", [
        ("    delta_h = W_out.T.dot(delta_out) * (1 - h ** 2)\n    W_out -= step * np.outer(delta_out, h)\n",
         "    W_out -= step * np.outer(delta_out, h)\n    delta_h = W_out.T.dot(delta_out) * (1 - h ** 2)\n")]),
    "functions_batch_count_arg_bias_total": ("functions_batch_count_arg_ok", "the output bias gradient summed "
                                             "over the whole layer (no axis)", [
        ("db2 = dZ2.sum(axis=1, keepdims=True) / batch", "db2 = dZ2.sum() / batch")]),
    "class_polish_names_no_mean": ("class_polish_names_ok", "the output delta not divided by the batch size", [
        ("        delta /= len(y)\n", "")]),
    "class_cost_class_arg_slope_in_delta": ("class_cost_class_arg_ok", "the cross-entropy class's output error "
                                            "multiplied by the sigmoid's slope (the squared error's)", [
        ("    def delta(z, a, y):\n        return a - y\n",
         "    def delta(z, a, y):\n        return (a - y) * a * (1 - a)\n")]),
    "funciones_una_salida_no_sigmoid_slope": ("funciones_una_salida_ok", "the output delta without the sigmoid's "
                                              "derivative (MSE through a sigmoid needs a (1 - a))", [
        ("dz2 = (2.0 / m) * (a2 - y) * a2 * (1.0 - a2)", "dz2 = (2.0 / m) * (a2 - y)")]),
    "class_size_activation_pairs_bias_total": ("class_size_activation_pairs_ok", "each bias gradient summed over the "
                                               "whole layer (no axis)", [
        ('grads[f"b{i}"] = delta.sum(axis=0)', 'grads[f"b{i}"] = delta.sum()')]),
    "objects_hungarian_bias_mean": ("objects_hungarian_ok", "the bias gradient averaged over the batch in the layer",
                                    [('self.dGrads["vB"] = mDy.sum(axis=0)', 'self.dGrads["vB"] = mDy.mean(axis=0)')]),
    "functions_teacher_signal_slope_of_z": ("functions_teacher_signal_ok", "the sigmoid's slope taken on the "
                                            "pre-activation instead of the hidden layer's output", [
        ("def forward(x, W1, b1, W2, b2):\n    z1 = sigmoid(x @ W1 + b1)\n    y = softmax(z1 @ W2 + b2)\n    return y, z1",
         "def forward(x, W1, b1, W2, b2):\n    u1 = x @ W1 + b1\n    y = softmax(sigmoid(u1) @ W2 + b2)\n"
         "    return y, u1"),
        ("def gradients(x, z1, y, d, W2):\n    n = x.shape[0]",
         "def gradients(x, u1, y, d, W2):\n    n = x.shape[0]\n    z1 = u1"),
        ("return x.T @ delta1, delta1.sum(axis=0), z1.T @ delta2",
         "return x.T @ delta1, delta1.sum(axis=0), sigmoid(u1).T @ delta2")]),
    "script_momento_factor_no_hidden_slope": ("script_momento_factor_ok", "the hidden delta without the sigmoid's "
                                              "slope", [
        ("delta_oculta = delta_saida.dot(pesos1.T) * derivada_sigmoide(camada_oculta)",
         "delta_oculta = delta_saida.dot(pesos1.T)")]),
    "fonksiyonlar_turkce_no_relu_gate": ("fonksiyonlar_turkce_ok", "the hidden delta without ReLU's gate", [
        ("dZ1 = (dZ2 @ W2.T) * relu_turevi(Z1)", "dZ1 = dZ2 @ W2.T")]),
    "class_layer_named_weights_stale": ("class_layer_named_weights_ok", "the hidden delta formed with the output "
                                        "weights already stepped", [
        ("        hidden_delta = (self.weights_output_layer.T @ output_delta) * hidden * (1.0 - hidden)\n"
         "        self.weights_output_layer -= self.learning_rate * output_delta @ hidden.T\n",
         "        self.weights_output_layer -= self.learning_rate * output_delta @ hidden.T\n"
         "        hidden_delta = (self.weights_output_layer.T @ output_delta) * hidden * (1.0 - hidden)\n")]),
    "class_data_kept_loss_sets_count_no_relu_gate": ("class_data_kept_loss_sets_count_ok", "the hidden delta without "
                                                     "ReLU's gate", [
        ("d_hid = (d_out @ self.w2.T) * (self.pre > 0)", "d_hid = d_out @ self.w2.T")]),
    "functions_layer_list_two_deep_bias_total_sum": ("functions_layer_list_two_deep_ok", "the hidden bias "
                                                     "gradient summed over the whole layer", [
        ('grads["db1"] = dZ1.sum(axis=1, keepdims=True) / m', 'grads["db1"] = np.sum(dZ1) / m')]),
    "netzwerk_deutsch_unscaled": ("netzwerk_deutsch_ok", "the output delta not divided by the batch size", [
        ("        dwerte /= len(lösungen)\n", "")]),
    "functions_layer_list_two_deep_relu_of_input": ("functions_layer_list_two_deep_ok", "the first layer's weight "
                                                    "gradient formed from relu(X), not X (the same for pixels, "
                                                    "wrong for standardised data)", [
        ('grads["dW1"] = dZ1 @ memory["A0"].T / m', 'grads["dW1"] = dZ1 @ np.maximum(memory["A0"], 0).T / m')]),
    "tanhout_no_output_derivative": ("tanhout_ok", "MSE's output delta without tanh' of the output",
                                     [("delta = (self.outs[-1] - Y) * (1.0 - self.outs[-1] ** 2) / X.shape[0]",
                                       "delta = (self.outs[-1] - Y) / X.shape[0]")]),
    "tanhout_bias_total_sum": ("tanhout_ok", "each bias gradient summed over the units too (no axis)",
                               [("grads_b.insert(0, delta.sum(axis=0, keepdims=True))",
                                 "grads_b.insert(0, np.sum(delta))")]),
    "reluout_no_output_gate": ("reluout_ok", "the output layer's delta not gated by its ReLU",
                               [("        dZ = dA * (cache[\"Z\" + str(i)] > 0)",
                                 "        dZ = dA if i == n_layers else dA * (cache[\"Z\" + str(i)] > 0)")]),
    "class_zip_step_bias_total_sum": ("class_zip_step_ok", "each bias gradient summed over the units too (no axis)",
                                      [("b -= self.step_scale * d.sum(axis=0, keepdims=True)",
                                        "b -= self.step_scale * np.sum(d)")]),
    "functions_keyword_only_bias_total_sum": ("functions_keyword_only_ok", "the hidden bias gradient summed over "
                                              "the units too (no axis)",
                                              [("db1 = dZ1.sum(axis=1, keepdims=True) / m", "db1 = dZ1.sum() / m")]),
    "objects_adder_bias_total_sum": ("objects_adder_ok", "each Dense's bias gradient summed over its "
                                             "units too (no axis)",
                                             [("self.db = grad.sum(axis=0, keepdims=True)", "self.db = grad.sum()")]),
    "layer_objects_penalty_half": ("layer_objects_built_decay_ok", "half the L2 term's gradient in Linear.backward, "
                                   "beside the penalty function of layer_objects_penalty_ok",
                                   [("self.dW = dout.T @ self.x + self.weight_decay * self.W",
                                     "self.dW = dout.T @ self.x + 0.5 * self.weight_decay * self.W"), PENALTY_FUNCTION]),
    "class_record_loop_assigned": ("class_record_loop_ok", "the output weights' change assigned per record, not "
                                   "added: only the last record's reaches the update",
                                   [("            change_out += np.outer(hidden, error)",
                                     "            change_out = np.outer(hidden, error)")]),
    "functions_static_namespace_bias_total_sum": ("functions_static_namespace_ok", "each bias gradient summed over "
                                                  "its units too (no axis)",
                                                  [('grads[f"db{i}"] = dZ.sum(axis=0, keepdims=True)',
                                                    'grads[f"db{i}"] = dZ.sum()')]),
    "functions_packed_no_gate": ("functions_packed_ok", "the hidden deltas not gated by ReLU'(z)",
                                 [("            g = (g @ Ws[k]) * (zs[k - 1] > 0)", "            g = g @ Ws[k]")]),
    "functions_packed_args_bias_total_sum": ("functions_packed_args_ok", "each bias gradient the sum over the units "
                                             "too, spread over the layer",
                                             [("        dJdbs.insert(0, np.sum(G, axis=1, keepdims=True) / m)",
                                               "        dJdbs.insert(0, np.sum(G) / m * np.ones((G.shape[0], 1)))")]),
    "cs231n_two_layer_reg_bias_decay": ("cs231n_two_layer_reg_ok", "reg * b added to each bias gradient too (the "
                                        "loss's L2 term has no biases)",
                                        [('grads["b2"] = dscores.sum(axis=0)',
                                          'grads["b2"] = dscores.sum(axis=0) + reg * b2'),
                                         ('grads["b1"] = dh.sum(axis=0)', 'grads["b1"] = dh.sum(axis=0) + reg * b1')]),
    "cs231n_two_layer_reg_missing": ("cs231n_two_layer_reg_ok", "the L2 term's gradient left out of dW1",
                                     [('grads["W1"] = X.T.dot(dh) + reg * W1', 'grads["W1"] = X.T.dot(dh)')]),
    "script_epoch_inline_softmax_no_gate": ("script_epoch_inline_softmax_ok", "the hidden delta not gated by ReLU'",
                                            [("G1 = (H > 0) * (G2 @ W2.T)", "G1 = G2 @ W2.T")]),
    "functions_params_tuple_no_gate": ("functions_params_tuple_ok", "the hidden delta not gated by ReLU'(z1)",
                                       [("d_z1 = (d_logits @ W2.T) * (z1 > 0)", "d_z1 = d_logits @ W2.T")]),
    "layers_two_layer_tuple_bias_total_sum": ("layers_two_layer_tuple_ok", "affine_backward's bias gradient summed "
                                              "over the units too, spread over the layer",
                                              [("return dout @ W.T, x.T @ dout, dout.sum(axis=0)",
                                                "return dout @ W.T, x.T @ dout, dout.sum() * np.ones(dout.shape[1])")]),
    "class_course_adam_state_batch_only": ("class_course_adam_state_ok", "mse_grad divided by the batch size only, "
                                           "while its loss averages over the outputs too",
                                           [("return -2 * (y - p) / np.prod(p.shape)",
                                             "return -2 * (y - p) / p.shape[0]")]),
    "class_alpha_beta_no_sigmoid_slope": ("class_alpha_beta_ok", "the hidden delta without sigmoid's slope",
                                          [("g_a = (g_b @ self.beta_w) * self.z * (1.0 - self.z)",
                                            "g_a = g_b @ self.beta_w")]),
    "epoch_function_nominal_batch": ("epoch_function_ok", "the output delta divided by the mini-batch size asked "
                                     "for, not by the rows the last, short batch holds", [
        ("        g2 = (probs - target) / len(yb)\n", "        g2 = (probs - target) / batch\n")]),
    "class_string_options_not_averaged": ("class_string_options_ok", "the output delta not divided by the batch "
                                          "size", [
        ("        delta = (self.outs[-1] - Y) / m  # softmax + cross-entropy, and identity + MSE alike\n",
         "        delta = self.outs[-1] - Y\n")]),
    "class_output_switch_no_gate": ("class_output_switch_ok", "the hidden delta not gated by ReLU'", [
        ("        g_h = (g_o @ self.W2.T) * (self.h_in > 0)\n", "        g_h = g_o @ self.W2.T\n")]),
    "script_row_vectors_no_gate": ("script_row_vectors_ok", "the hidden delta not gated by ReLU'", [
        ("        back = (W.T @ miss) * (hid > 0)\n", "        back = W.T @ miss\n")]),
    "class_comprehension_descent_not_averaged": ("class_comprehension_descent_ok", "the output delta not divided by "
                                                 "the batch size", [
        ("        delta = (Y - post[-1]) / m\n", "        delta = Y - post[-1]\n")]),
    "class_shared_activation_no_slope": ("class_shared_activation_ok", "the hidden delta without the sigmoid's "
                                         "slope", [
        ("                delta = (delta @ self.Ws[k].T) * slope(self.acts[k], self.activation)\n",
         "                delta = delta @ self.Ws[k].T\n")]),
    "class_dataclass_cache_slope_of_z": ("class_dataclass_cache_ok", "the sigmoid's slope taken of the "
                                         "pre-activation", [
        ("        g_hid = (g @ self.W2.T) * s.hid * (1.0 - s.hid)\n",
         "        g_hid = (g @ self.W2.T) * s.pre * (1.0 - s.pre)\n")]),
    "class_column_sample_no_hidden_slope": ("class_column_sample_ok", "the hidden delta without the sigmoid's "
                                            "slope", [
        ("                delta = (self.weights[k].T @ delta) * acts[k] * (1.0 - acts[k])\n",
         "                delta = self.weights[k].T @ delta\n")]),
    "class_letter_weights_no_bias_no_output_slope": ("class_letter_weights_no_bias_ok", "the error passed to the "
                                                     "hidden layers without the sigmoid output's slope", [
        ("err_h2 = (self.w_ho.T @ err_out)", "err_h2 = (self.w_ho.T @ (o - t))")]),
    "class_body_weights_no_hidden_slope": ("class_body_weights_ok", "the hidden delta without the sigmoid's "
                                           "slope", [
        ("(err @ self.v.T) * self.hid * (1.0 - self.hid)", "err @ self.v.T")]),
    "dict_place_named_outputs_tanh_slope": ("dict_place_named_outputs_ok", "the hidden delta with tanh's slope "
                                            "(1 - a**2) on sigmoid units", [
        ("* hidden * (1.0 - hidden)", "* (1.0 - hidden ** 2)")]),
    "script_one_sample_mean_loss_not_averaged": ("script_one_sample_mean_loss_ok", "the output delta not divided "
                                                 "by the rows, as its loss is", [
        ("G2 = (P - Y) / X.shape[0]", "G2 = P - Y")]),
    "script_ascent_mean_summed_no_gate": ("script_ascent_mean_ok", "the error summed over the batch, and the "
                                          "hidden error not gated by the ReLU", [
        ("    err = (T - P) / len(X)\n", "    err = T - P\n"),
        ("    err_hidden = (err @ W2.T) * (Z1 > 0)\n", "    err_hidden = err @ W2.T\n")]),
    "class_cache_pair_bias_mean": ("class_cache_pair_ok", "each bias gradient a mean over the batch of a delta "
                                   "already divided by it", [
        ("gb[k] = delta.sum(axis=0, keepdims=True)", "gb[k] = delta.mean(axis=0, keepdims=True)")]),
    "class_grads_then_step_no_gate": ("class_grads_then_step_ok", "the hidden delta not gated by the ReLU", [
        ("d_hid = (d_out @ self.W2.T) * (pre > 0)", "d_hid = d_out @ self.W2.T")]),
    "objects_nested_classes_slope_of_input": ("objects_nested_classes_ok", "tanh's slope taken of its input, "
                                              "not its output", [
        ("            self.out = np.tanh(x)\n", "            self.inp = x\n            self.out = np.tanh(x)\n"),
        ("return grad * (1.0 - self.out ** 2)", "return grad * (1.0 - self.inp ** 2)")]),
    "epoch_function_argparse_bias_mean": ("epoch_function_argparse_ok", "the output bias's gradient a mean over "
                                          "the batch of a delta already divided by it", [
        ("b2 -= args.lr * g2.sum(axis=0)", "b2 -= args.lr * g2.mean(axis=0)")]),
    "objects_loss_on_probabilities_softmax_twice": (
        "objects_loss_on_probabilities_ok", "the loss layer's backward gives the combined shortcut (p - y) / N, "
        "dL/dscores, while the Softmax layer's Jacobian is still applied after it", [
            ("        self.dinputs = -y_true / dvalues / n\n", "        self.dinputs = (dvalues - y_true) / n\n")]),
    "script_nan_loss_skip_sign_gate": ("script_nan_loss_skip_ok", "ReLU's derivative written as np.sign(z1): -1, "
                                       "not 0, for a negative pre-activation", [
        ("        delta1 = (delta2 @ W2.T) * (z1 > 0)\n", "        delta1 = (delta2 @ W2.T) * np.sign(z1)\n")]),
    "objects_named_layers_tanh_of_input": ("objects_named_layers_ok", "Tanh's backward takes the slope at its input "
                                           "as if it were the output (1 - x**2 on the pre-activation)", [
        ("        self.y = np.tanh(x)\n", "        self.x = x\n        self.y = np.tanh(x)\n"),
        ("        return grad * (1.0 - self.y ** 2)\n", "        return grad * (1.0 - self.x ** 2)\n")]),
    "objects_short_act_names_no_slope": ("objects_short_act_names_ok", "Act_Tanh's backward passes dvalues on "
                                         "without tanh's slope", [
        ("        self.dinputs = dvalues * (1 - self.output ** 2)\n", "        self.dinputs = dvalues.copy()\n")]),
    "objects_optimizer_step_bias_ascent": ("objects_optimizer_step_ok", "the optimizer adds the bias gradient "
                                           "(an ascent step for the biases) while the layers keep it right", [
        ("            layer.biases -= self.current_learning_rate * layer.dbiases\n",
         "            layer.biases += self.current_learning_rate * layer.dbiases\n")]),
    "functions_batchnorm_switch_bias_total_sum": ("functions_batchnorm_switch_ok", "each bias gradient summed over "
                                                  "the whole layer (np.sum(dZ) with no axis: one number)", [
        ('        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m\n',
         '        grads["db" + str(l)] = np.sum(dZ) / m\n')]),
    "functions_batchnorm_switch_binary_cost": ("functions_batchnorm_switch_ok", "the cost a binary course's "
                                               "(binary cross-entropy) kept under the softmax output, beside the "
                                               "softmax cross-entropy delta AL - Y", [
        ("    return -np.sum(Y * np.log(AL)) / Y.shape[1]\n",
         "    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / Y.shape[1]\n")]),
    "functions_no_bias_update_no_out_slope": ("functions_no_bias_update_ok", "the output delta without the "
                                              "sigmoid's slope ((output - y) / n), under the squared error it prints", [
        ("    delta_out = (output - y) * sigmoid_slope(output) / n\n", "    delta_out = (output - y) / n\n")]),
    "class_config_dataclass_hidden_bias_mean": ("class_config_dataclass_ok", "the hidden bias's gradient a mean "
                                                "over the batch of a delta already divided by it", [
        ('        grads["b1"] = dZ1.sum(axis=0)\n', '        grads["b1"] = dZ1.mean(axis=0)\n')]),
    "class_unit_dicts_no_gate": ("class_unit_dicts_ok", "ReLU's slope written as ones: no gate at all", [
        ('    "relu": lambda a: (a > 0).astype(a.dtype),\n', '    "relu": lambda a: np.ones_like(a),\n')]),
    "class_deltas_then_update_biases_kept": ("class_deltas_then_update_ok", "update(lr) steps the weights and "
                                             "forgets the biases", [
        ("            W -= lr * a.T @ delta\n            b -= lr * delta.sum(axis=0, keepdims=True)\n",
         "            W -= lr * a.T @ delta\n")]),
    "objects_base_call_keeps_input_bias_mean": ("objects_base_call_keeps_input_ok", "the dense layer's bias "
                                                "gradient averaged over the batch the loss gradient already averaged",
                                                [("        self.db = upstream.sum(axis=0)\n",
                                                  "        self.db = upstream.mean(axis=0)\n")]),
    "objects_pair_scalar_relu_tanh_grad_of_z": ("objects_pair_scalar_relu_ok", "the tanh derivative written for "
                                                "the activation (1 - v ** 2) but given the layer's input z", [
        ("    return 1.0 - np.tanh(v) ** 2\n", "    return 1.0 - v ** 2\n")]),
    "objects_dense_holds_activation_relu_gate_on_grad": ("objects_dense_holds_activation_ok", "the ReLU object "
                                                         "gates the incoming gradient by its own sign, not by z",
                                                         [("        return grad * (self.z > 0)\n",
                                                           "        return grad * (grad > 0)\n")]),
    "perparam_loglik_ascent_mean_cost": ("perparam_loglik_ascent_ok", "the log-likelihood it prints is the batch "
                                         "mean, but the derivatives are the sum's", [
        ("    return (T * np.log(Y)).sum()\n", "    return (T * np.log(Y)).sum() / len(T)\n")]),
    "perparam_loglik_descent": ("perparam_loglik_ascent_ok", "the training subtracts the log-likelihood's "
                                "derivatives: it descends on what it should maximise", [
        ("        W2 += rate * gW2\n        b2 += rate * gb2\n        W1 += rate * gW1\n        b1 += rate * gb1\n",
         "        W2 -= rate * gW2\n        b2 -= rate * gb2\n        W1 -= rate * gW1\n        b1 -= rate * gb1\n")]),
    "objects_dense_named_activation_no_gate": ("objects_dense_named_activation_ok", "the dense layer's backward "
                                               "forgets its ReLU's gate", [
        ('        if self.activation == "relu":\n            grad = grad * (self.z > 0)\n', '')]),
    "dict_cache_short_names_bias_mean": ("dict_cache_ok", "the pair named in short (forwProp and bwd_pass), a mean "
                                         "over the batch for the bias gradients", SHORT_NAMES + [
        ('grads["db" + str(l)] = np.sum(dZ, axis=0, keepdims=True)',
         'grads["db" + str(l)] = np.mean(dZ, axis=0, keepdims=True)')]),
    "objects_loss_pair_not_averaged": ("objects_loss_pair_ok", "the loss derivative not divided by the batch size, "
                                       "as its mean cross-entropy is", [
        ("    return (y_pred - y_true) / y_true.shape[0]\n", "    return y_pred - y_true\n")]),
    "objects_course_skeleton_uniform_returns_tanh_of_input": (
        "objects_course_skeleton_ok", "the activation's backprop returning ([], [], dLdx), its derivative taken as "
        "1 - x**2 of the input", UNIFORM_RETURNS[1:] + [("        return dLdy * (1.0 - np.tanh(x) ** 2)\n",
                                                         "        return [], [], dLdy * (1.0 - x ** 2)\n")]),
    "class_abbreviated_names_bias_total_sum": ("class_abbreviated_names_ok", "the hidden bias gradient summed over "
                                               "the units too (no axis)", [
        ("self.bias_ih -= self.lr * d_hidden.sum(axis=0, keepdims=True)", "self.bias_ih -= self.lr * d_hidden.sum()")]),
    "binary_class_loss_without_negatives": ("binary_class_ok", "the loss it reports leaves out the (1 - y) log(1 - p) "
                                            "term, a cross-entropy over its sigmoid output that the gradient is not",
                                            [("        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))\n",
                                              "        return -np.mean(y * np.log(p))\n")]),
    "class_predict_argmax_fit_tanh_of_z": ("class_predict_argmax_fit_ok", "the tanh derivative taken of the "
                                           "pre-activation inside fit", [
        ("                hidden = np.tanh(xb @ self.w_hidden + self.b_hidden)\n",
         "                pre = xb @ self.w_hidden + self.b_hidden\n                hidden = np.tanh(pre)\n"),
        ("(1.0 - hidden ** 2)", "(1.0 - pre ** 2)")]),
    "class_units_added_bias_mean": ("class_units_added_ok", "each bias gradient the mean of a delta already divided "
                                    "by the batch size", [
        ("            grads_b[i] = delta.sum(axis=0, keepdims=True)\n",
         "            grads_b[i] = delta.mean(axis=0, keepdims=True)\n")]),
    "class_skeleton_num_step_no_output_slope": ("class_skeleton_num_step_ok", "the output delta is the error alone, "
                                                "without the output sigmoid's slope", [
        ("        d3 = self.error * der_sigmoid(self.a3)\n", "        d3 = self.error\n")]),
    "class_skeleton_num_step_printed_without_half": ("class_skeleton_num_step_ok", "the loss it prints is the mean "
                                                     "squared error without the 1/2 its error stands for", [
        ("np.mean((self.forward(inputs) - labels) ** 2) / 2\n", "np.mean((self.forward(inputs) - labels) ** 2)\n")]),
    "class_course_folded_layers_no_tanh_slope": ("class_course_folded_layers_ok", "the tanh layer's backward passes "
                                                 "the gradient through without tanh's slope", [
        ("        return dz * (1.0 - self.out ** 2)\n", "        return dz\n")]),
    "tanhout_helper_prime_of_a": ("tanhout_helper_ok", "every tanh' taken of the activation (the helper for z "
                                  "given a): 1 - tanh(tanh(z))**2", [
        ('dtanh(c["z2"])', 'dtanh(c["out"])'), ('dtanh(c["z1"])', 'dtanh(c["h"])')]),
    "tanhout_helper_out_prime_of_a": ("tanhout_helper_ok", "the output's tanh' taken of the output, the hidden "
                                      "layer's right", [('dtanh(c["z2"])', 'dtanh(c["out"])')]),
    "class_stacked_pairs_bias_unscaled": ("class_stacked_pairs_ok", "the biases stepped by the batch's summed "
                                          "gradient: the step divides the weights' only",
                                          [("eta / len(batch) * g for b", "eta * g for b")]),
    "objects_lone_layer_bias_mean": ("objects_lone_layer_ok", "the bias gradient averaged over the batch, the "
                                     "weight's summed", [("grad_output.sum(axis=0)", "grad_output.mean(axis=0)")]),
    "class_act_fun_type_weights_summed": ("class_act_fun_type_ok", "the weights' gradients summed over the batch, "
                                          "the biases' averaged", [
        ("        delta3 /= n\n", ""),
        ("db2 = delta3.sum(axis=0, keepdims=True)", "db2 = delta3.mean(axis=0, keepdims=True)"),
        ("db1 = delta2.sum(axis=0, keepdims=True)", "db1 = delta2.mean(axis=0, keepdims=True)")]),
    "class_layer_dropout_bias_mean": ("class_layer_dropout_ok", "the first layer's bias gradient averaged over "
                                      "the batch again", [('"b1": d1.sum(axis=0, keepdims=True)',
                                                           '"b1": d1.mean(axis=0, keepdims=True)')]),
    "class_scores_doc_softmax_unaveraged": ("class_scores_doc_softmax_ok", "the output delta not divided by the "
                                            "batch size", [("        delta /= m\n", "")]),
    "class_step_returns_loss_half": ("class_step_returns_loss_ok", "the output delta of half the squared error, "
                                     "averaged over the batch only, not of the mean the step returns",
                                     [("d_out = 2.0 * diff / diff.size", "d_out = diff / len(X)")]),
    "class_batch_backward_half": ("class_batch_backward_ok", "the delta of half the squared error averaged over "
                                  "the batch only, not of the mean it records",
                                  [("dz2 = 2.0 * (z2 - y) / z2.size", "dz2 = (z2 - y) / x.shape[1]")]),
    "class_sample_cost_half": ("class_sample_cost_ok", "the output delta of half the squared error, where the "
                               "sample's loss is its unreduced (out - y) ** 2 summed",
                               [("delta = 2.0 * (outs[-1] - y) *", "delta = (outs[-1] - y) *")]),
    "functions_spec_keys_bias_total": ("functions_spec_keys_ok", "each bias gradient summed over the whole layer "
                                       "(no axis)", [('grads["db" + str(i)] = dZ.sum(axis=1, keepdims=True)',
                                                      'grads["db" + str(i)] = np.sum(dZ)')]),
    "script_function_labels_rows_hidden_bias_total_sum": ("script_function_labels_rows_ok", "the hidden bias "
                                                          "gradient summed over the whole layer (no axis)",
                                                          [("g_ca = err_hid.sum(axis=1, keepdims=True) / n",
                                                            "g_ca = err_hid.sum() / n")]),
    "objects_module_buffers_bias_mean": ("objects_module_buffers_ok", "the bias gradient averaged over the batch "
                                         "where the weight's is summed", [("self.gb[...] = grad.sum(axis=0, "
                                                                           "keepdims=True)", "self.gb[...] = grad.mean("
                                                                           "axis=0, keepdims=True)")]),
    "objects_param_value_relu_ungated": ("objects_param_value_ok", "the ReLU layer's backward passes the gradient "
                                         "through ungated", [("        return dout * self.on\n",
                                                              "        return dout\n")]),
    "class_held_labels_loss_summed": ("class_held_labels_loss_ok", "the output delta not divided by the batch size "
                                      "(the gradient of the summed loss)", [("dZ2 = (yhat - self.y) / n",
                                                                             "dZ2 = yhat - self.y")]),
    "bce_guarded_derivative": ("bce_ok", "the output delta taken through the loss's derivative with a guard "
                               "constant in its divisions (-(t / (p + eps) - (1 - t) / (1 - p + eps)) * p * (1 - p))",
                               [("    delta = (activations[-1] - t) / n\n",
                                 "    p = activations[-1]\n    delta = -(t / (p + 1e-11) - (1 - t) / (1 - p + 1e-11)) "
                                 "* p * (1 - p) / n\n")]),
    "script_step_functions_batch_mean_only": ("script_step_functions_ok", "the delta of the batch mean of the "
                                              "cross-entropy, where the loss it computes averages over the classes "
                                              "too", [("dz2 = (p - targets) / (n * w2.shape[1])",
                                                       "dz2 = (p - targets) / n")]),
    "functions_numbered_from_input_bias_total": ("functions_numbered_from_input_ok", "the hidden bias gradient summed "
                                                 "over everything (one number for the layer)",
                                                 [("db2 = dz2.sum(axis=1, keepdims=True)", "db2 = np.sum(dz2)")]),
    "class_unmade_setup_fit_plain_hidden": ("class_unmade_setup_fit_ok", "the hidden delta without tanh's derivative",
                                            [("G_hid = (G_out @ self.W_out.T) * (1.0 - H ** 2)",
                                              "G_hid = G_out @ self.W_out.T")]),
    "objects_generic_activation_only_stale": ("objects_generic_activation_only_ok", "the gradient for the layer "
                                              "below taken through the weights just stepped",
                                              [("        passed = grad @ self.W.T\n", ""),
                                               ("        return passed\n", "        return grad @ self.W.T\n")]),
    "class_sample_loop_layers_stale": ("class_sample_loop_layers_ok", "each delta passed down through the weights "
                                       "its layer was just stepped to (stale weights)",
                                       [("                    down = (unit.weights.T @ delta) * below * (1.0 - below) "
                                         "if k > 0 else None\n", ""),
                                        ("                    delta = down\n",
                                         "                    if k > 0:\n                        delta = (unit.weights."
                                         "T @ delta) * below * (1.0 - below)\n")]),
    "class_bce_named_complement_averaged": ("class_bce_named_complement_ok", "the output delta divided by the batch "
                                            "size although the cross-entropy it defines sums over the batch",
                                            [("d_out = self.P - T", "d_out = (self.P - T) / len(T)")]),
    "class_threshold_layers_bias_unsigned": ("class_threshold_layers_ok", "the threshold row's gradient taken as "
                                             "the delta's sum, as if the joined input were +1, not -1",
                                             [("        self.grad = self.x_joined.T @ delta\n",
                                               "        self.grad = np.vstack([delta.sum(axis=0), self.x_joined[:, 1:]"
                                               ".T @ delta])\n")]),
    "script_fit_unloaded_data_ungated": ("script_fit_unloaded_data_ok", "the hidden delta without tanh's "
                                         "derivative", [("d_hid = (d_out @ W2.T) * (1.0 - H ** 2)",
                                                         "d_hid = d_out @ W2.T")]),
    "objects_result_record_relu_ungated": ("objects_result_record_ok", "the ReLU's backward passing the gradient "
                                           "through ungated", [("return Grads({}, g * self.mask)",
                                                                "return Grads({}, g)")]),
    "method_named_adam_step_ungated": ("method_named_adam_step_ok", "the hidden delta without the sigmoid's "
                                       "derivative", [("dH = (dS @ self.W2.T) * H * (1.0 - H)",
                                                       "dH = dS @ self.W2.T")]),
    "script_inline_adam_ungated": ("script_inline_adam_ok", "the hidden delta without tanh's derivative",
                                   [("dH = (dS @ W2.T) * (1.0 - H ** 2)", "dH = dS @ W2.T")]),
    "class_scores_returned_softmax_kept_ungated": ("class_scores_returned_softmax_kept_ok", "the hidden delta not "
                                                   "gated by the ReLU",
                                                   [('dh = (d @ self.params["W2"].T) * (self.cache["h"] > 0)',
                                                     'dh = d @ self.params["W2"].T')]),
    "class_kept_grads_then_adam_bias_total": ("class_kept_grads_then_adam_ok", "the hidden bias gradient summed "
                                              "over everything (one number for the layer)",
                                              [('"b1": dH.sum(axis=0)}', '"b1": dH.sum()}')]),
    "objects_kit_from_arrays_loss_value_unshifted": ("objects_kit_from_arrays_ok", "the loss layer's value takes the "
                                                     "shifted log-sum-exp minus the unshifted label's score (off by "
                                                     "each row's max); its gradient is right", [
        ("        return -np.mean(np.log(self.p[np.arange(len(t)), t] + 1e-12))",
         "        return np.mean(np.log(e.sum(axis=1)) - x[np.arange(len(t)), t])")]),
    "script_rate_after_gradient_bias_summed": ("script_rate_after_gradient_ok", "the hidden bias's gradient summed "
                                               "over every element (one number for the whole layer)",
                                               [("grad_biais1 = delta1.sum(axis=0, keepdims=True)",
                                                 "grad_biais1 = delta1.sum()")]),
    "class_activation_classes_given_bias_summed": ("class_activation_classes_given_ok", "each layer's bias gradient "
                                                   "summed over every element (one number per layer)",
                                                   [("self.db = g.sum(axis=0, keepdims=True)", "self.db = g.sum()")]),
    "script_bias_trick_averaged_twice": ("script_bias_trick_ok", "the first layer's folded gradient divided by the "
                                         "batch size again", [("theta1 -= alpha * (X.T @ d2)",
                                                               "theta1 -= alpha * (X.T @ d2) / m")]),
    "script_bias_trick_forward_last_no_hidden_slope": ("script_bias_trick_forward_last_ok", "the hidden delta without "
                                                       "the sigmoid's slope", [
        ("g_hid = (g_out @ W[:-1].T) * hid1[:, :-1] * (1 - hid1[:, :-1])", "g_hid = g_out @ W[:-1].T")]),
    "objects_grad_pair_bias_mean": ("objects_grad_pair_ok", "the bias gradient averaged over the batch where the "
                                    "weight's is summed", [("g.sum(axis=0)]", "g.mean(axis=0)]")]),
    "dict_output_named_out_no_gate": ("dict_output_named_out_ok", "the hidden deltas not gated by ReLU's derivative",
                                      [(" * (caches[l - 2][1] > 0)", "")]),
    "objects_batch_trained_bias_per_sample": ("objects_batch_trained_ok", "the bias stepped by the delta itself, "
                                              "one row per sample, where the file trains on whole batches", [
        ("self.b = self.b - rate * grad.sum(axis=0, keepdims=True)", "self.b = self.b - rate * grad")]),
    "class_sizes_named_hidden_no_slope": ("class_sizes_named_hidden_ok", "the hidden delta without the sigmoid's "
                                          "slope", [("delta = (delta @ self.W[k].T) * self.a[k] * (1.0 - self.a[k])",
                                                     "delta = delta @ self.W[k].T")]),
    "script_unit_chosen_by_input_half": ("script_unit_chosen_by_input_ok", "the output delta without the 2 of the "
                                         "squared error its loss averages", [
        ("g3 = 2.0 * (s3 - target) / target.size", "g3 = (s3 - target) / target.size")]),
    "script_bias_on_own_line_never_stepped": ("script_bias_on_own_line_ok", "biases added in the forward but never "
                                              "stepped", [
        ("    secondlayer_bias -= rate * outDelta.sum(axis=0, keepdims=True)\n", ""),
        ("    firstlayerBias -= rate * hiddenDelta.sum(axis=0, keepdims=True)\n", "")]),
    "objects_hidden_and_score_classes_bias_ungated": ("objects_hidden_and_score_classes_ok", "the hidden layer's "
                                                      "bias gradient summed before its ReLU gate", [
        ("        self.db = g.sum(axis=0, keepdims=True)\n        return g @ self.w.T",
         "        self.db = grad.sum(axis=0, keepdims=True)\n        return g @ self.w.T")]),
    "tuple_numbered_from_zero_averaged_twice": ("tuple_numbered_from_zero_ok", "each layer's gradients divided by "
                                                "the batch size again, after the output delta was", [
        ("    return g @ W.T, h.T @ g, g.sum(axis=0, keepdims=True)",
         "    return g @ W.T, h.T @ g / len(g), g.sum(axis=0, keepdims=True) / len(g)")]),
    "class_fit_builds_reversed_lists_bias_mean": ("class_fit_builds_reversed_lists_ok", "the bias gradient "
                                                  "averaged over the batch where the weight's is summed", [
        ("self.changes_b.append(g.sum(axis=0, keepdims=True))",
         "self.changes_b.append(g.mean(axis=0, keepdims=True))")]),
    "class_fit_sizes_from_one_hot_no_slope": ("class_fit_sizes_from_one_hot_ok", "the hidden delta without tanh's "
                                              "slope", [("g = (g @ self.weights[k].T) * (1.0 - self.seen[k] ** 2)",
                                                         "g = g @ self.weights[k].T")]),
    "holders_step_function_bias_mean": ("holders_step_function_ok", "the bias stepped by the delta averaged over "
                                        "the batch where the weight's is summed", [
        ("red[k].b = red[k].b - tasa * delta.sum(axis=0, keepdims=True)",
         "red[k].b = red[k].b - tasa * delta.mean(axis=0, keepdims=True)")]),
    "script_pairs_picked_at_random_slope_of_z": ("script_pairs_picked_at_random_ok", "the tanh slope taken of the "
                                                 "hidden pre-activation, not of its tanh", [
        ("h = np.tanh(x @ U + c)", "z = x @ U + c\n        h = np.tanh(z)"),
        ("* (1.0 - h ** 2)", "* (1.0 - z ** 2)")]),
    "class_desired_output_d_stale": ("class_desired_output_d_ok", "the hidden delta taken through the output "
                                     "weights already stepped", [
        ("        delta1 = (delta2 @ self.w2.T) * (1.0 - self.s1 ** 2)\n        self.w2 += tasa * np.outer(self.s1, "
         "delta2)\n", "        self.w2 += tasa * np.outer(self.s1, delta2)\n        delta1 = (delta2 @ self.w2.T) * "
         "(1.0 - self.s1 ** 2)\n")]),
    "script_outer_by_broadcast_raw_error_back": ("script_outer_by_broadcast_ok", "the raw output error sent back "
                                                 "to the hidden layer, not the output delta", [
        ("d1 = (V.T @ d2) * (1.0 - h ** 2)", "d1 = (V.T @ miss) * (1.0 - h ** 2)")]),
    "class_hidden_stack_load_flag_no_slope": ("class_hidden_stack_load_flag_ok", "the error sent into the "
                                              "hidden layers without the sigmoid's slope", [
        ("back = (self.weights_hidden_output.T @ delta) * seen[-1] * (1.0 - seen[-1])",
         "back = self.weights_hidden_output.T @ delta")]),
    "class_loads_its_data_summed": ("class_loads_its_data_ok", "the output delta not averaged over the batch", [
        ("g2 = p / len(labels)", "g2 = p")]),
    "objects_skipped_softmax_stale": (
        "objects_skipped_softmax_ok", "the dense layer's input gradient taken through the weights it has just "
        "stepped", [("        grad_in = grad @ self.W.T\n", ""),
                    ("        return grad_in\n", "        return grad @ self.W.T\n")]),
    "class_indexed_sample_error_no_gate": (
        "class_indexed_sample_error_ok", "the hidden error not gated by ReLU's derivative",
        [("        g_hid = (g_out @ self.W2.T) * (self.pre > 0)\n", "        g_hid = g_out @ self.W2.T\n")]),
    "class_fit_inserts_input_size_slope_of_z": (
        "class_fit_inserts_input_size_ok", "tanh's derivative taken at the pre-activation (1 - z**2)",
        [('                dZ = dA * (1 - kept["A" + str(k - 1)] ** 2)\n',
          '                dZ = dA * (1 - kept["Z" + str(k - 1)] ** 2)\n')]),
    "class_set_xy_wrt_grads_unaveraged": (
        "class_set_xy_wrt_grads_ok", "the output delta not divided by the batch size (the loss a mean)",
        [("        delta = (out - self.targets) / out.shape[0]\n", "        delta = out - self.targets\n")]),
    "class_first_bias_two_hidden_no_slope": (
        "class_first_bias_two_hidden_ok", "the second hidden layer's error not multiplied by its sigmoid's slope",
        [("        e2 = (e3 @ self.W3.T) * self.h2 * (1 - self.h2)\n", "        e2 = e3 @ self.W3.T\n")]),
    "class_layer_list_no_bias_stale": (
        "class_layer_list_no_bias_ok", "each layer's weights stepped before the error is sent back through them",
        [("            layer.weights = layer.weights - self.lr * grad\n", ""),
         ("            grad = layer.inp.T @ err\n",
          "            grad = layer.inp.T @ err\n            layer.weights = layer.weights - self.lr * grad\n")]),
    "script_momento_factor_lost_step": ("script_momento_factor_ok", "the output weights' new values assigned to "
                                        "another name, so that they never change",
                                        [("pesos1 = (pesos1 * momento) +", "novos_pesos1 = (pesos1 * momento) +")]),
    "class_linear_first_layer_gated": ("class_linear_first_layer_ok", "the linear layer's delta gated as if it "
                                       "were a ReLU layer", [
        ('g = g @ self.params["W2"].T', 'g = (g @ self.params["W2"].T) * (self.outputs["linear1_" + str(i)] > 0)')]),
    "script_linear_hidden_averaged_twice": ("script_linear_hidden_ok", "the first layer's weight gradient divided "
                                            "by the batch size again", [
        ("g_W1 = X.T @ g_H", "g_W1 = X.T @ g_H / len(X)")]),
    "class_relu_then_tanh_one_gate": ("class_relu_then_tanh_ok", "the tanh layer's delta gated like the ReLU layer's "
                                      "(one derivative for both hidden layers)",
                                      [("d2 = (d3 @ self.W3.T) * (1.0 - self.h2 ** 2)",
                                        "d2 = (d3 @ self.W3.T) * (self.h2 > 0)")]),
    "script_looped_sample_update_raw_error": ("script_looped_sample_update_ok", "the raw error (out - t) passed "
                                              "down to the hidden layer, without the output's sigmoid derivative",
                                              [("delta_hid = (Wo.T @ delta_out)", "delta_hid = (Wo.T @ (out - t))")]),
    "functions_scores_or_loss_no_first_gate": ("functions_scores_or_loss_ok", "the first hidden layer's delta not "
                                               "gated by its ReLU",
                                               [("d1 = (d2 @ W2.T) * (h1 > 0)", "d1 = d2 @ W2.T")]),
    "class_inputs_outputs_fit_unaveraged": ("class_inputs_outputs_fit_ok", "the output delta not divided by "
                                            "the batch size", [("d_out = (p - t) / n", "d_out = p - t")]),
    "objects_log10_loss_layer_mean": ("objects_log10_loss_layer_ok", "the natural-log mean's gradient, (p - "
                                      "one-hot) / B, beside the loss's base-10 sum",
                                      [("return g / np.log(10.0)", "return g / p.shape[1]")]),
    "layers_activation_steps_tanh_of_a": ("layers_activation_steps_ok", "tanh's derivative taken of tanh(Z), "
                                          "the activation, where it is written for Z",
                                          [("dZ = dA * (1.0 - np.tanh(Z) ** 2)",
                                            "dZ = dA * (1.0 - np.tanh(np.tanh(Z)) ** 2)")]),
    "objects_sample_vector_layers_bias_unstepped": ("objects_sample_vector_layers_ok", "the affine layer's bias "
                                                    "never stepped", [("        self.b = self.b - rate * delta\n",
                                                                       "")]),
    "class_reads_own_csv_unaveraged": ("class_reads_own_csv_ok", "the output delta not divided by the batch size",
                                       [("d2 = (self.p - Y) / len(X)", "d2 = self.p - Y")]),
    "functions_derivatives_only_bias_total": ("functions_derivatives_only_ok", "the output bias gradient summed "
                                              "over the whole layer (no axis)",
                                              [("return (P - T).sum(axis=0) / len(T)",
                                                "return (P - T).sum() / len(T)")]),
    "objects_self_updating_kit_output_again": ("objects_self_updating_kit_ok", "the activation's backward given "
                                               "the layer's output where it takes the pre-activation",
                                               [("local = self.act.backward(z, grad)",
                                                 "local = self.act.backward(self.act(z), grad)")]),
    "colmajor_cost_by_output_count_unaveraged": ("colmajor_cost_by_output_count_ok", "the output delta not "
                                                 "divided by the batch size", [("dZ2 = (A2 - Y) / m", "dZ2 = A2 - Y")]),
    "perparam_library_loglik_mean_b2": ("perparam_library_loglik_ok", "the output bias's derivative averaged "
                                        "over the batch where its log-likelihood sums", [
                                            ("    return (T - Y).sum(axis=0)", "    return (T - Y).mean(axis=0)")]),
    "perparam_vc_names_b_no_slope": ("perparam_vc_names_ok", "the hidden bias's derivative without tanh's slope",
                                     [("    return ((T - Y).dot(V.T) * (1 - Z * Z)).sum(axis=0)",
                                       "    return (T - Y).dot(V.T).sum(axis=0)")]),
    "class_rows_in_columns_inside_no_gate": ("class_rows_in_columns_inside_ok", "the hidden delta not gated by its "
                                             "ReLU", [('D1 = (w["W2"].T @ D2) * (s["Z1"] > 0)',
                                                       'D1 = w["W2"].T @ D2')]),
    "class_data_count_threshold_unaveraged": ("class_data_count_threshold_ok", "the output delta not divided by "
                                              "the batch size", [("D2 = (P - Yb) / len(rows)", "D2 = P - Yb")]),
    "class_label_columns_own_rate_unaveraged": ("class_label_columns_own_rate_ok", "the output delta not divided "
                                                "by the batch size", [("delta = (self.values[-1] - Y) / Y.shape[1]",
                                                                       "delta = self.values[-1] - Y")]),
    "globals_one_sample_rate_slope_of_z": ("globals_one_sample_rate_ok", "the tanh slope taken as 1 - h, not "
                                           "1 - h ** 2", [("(1.0 - hidden ** 2)", "(1.0 - hidden)")]),
    "class_handed_columns_heldout_unaveraged": ("class_handed_columns_heldout_ok", "the output delta not divided "
                                                "by the sample count", [
        ('D = (self.keep[f"A{depth}"] - self.Y) / self.n', 'D = self.keep[f"A{depth}"] - self.Y')]),
    "functions_alpha_beta_folded_unaveraged": ("functions_alpha_beta_folded_ok", "the output delta not divided by "
                                               "the batch size", [("    g_b /= len(labels)\n", "")]),
    "class_forward_gives_gradients_no_slope": ("class_forward_gives_gradients_ok", "the hidden delta not gated by "
                                               "the leaky ReLU's slope", [
        ("        gh = (g @ self.w2.T) * np.where(s > 0, 1.0, 0.01)\n", "        gh = g @ self.w2.T\n")]),
    "functions_forward_object_columns_summed": ("functions_forward_object_columns_ok", "the output delta summed over "
                                                "the batch, not averaged", [
        ("    g_b = (y_hat - labels) / labels.shape[1]\n", "    g_b = y_hat - labels\n")]),
    "objects_folded_linear_dw_slope_twice": ("objects_folded_linear_dw_ok", "the sigmoid's slope taken of its "
                                             "output twice", [
        ("        return grad * self.out * (1.0 - self.out)\n",
         "        s = self.out * (1.0 - self.out)\n        return grad * s * (1.0 - s)\n")]),
    "script_error_accumulated_unhalved": ("script_error_accumulated_ok", "the printed error the whole squared "
                                          "difference while the delta is half its derivative", [
        ("        error += 0.5 * np.sum((out - goals[k:k + 1]) ** 2)\n",
         "        error += np.sum((out - goals[k:k + 1]) ** 2)\n")]),
    "class_private_methods_own_sizes_unaveraged": ("class_private_methods_own_sizes_ok", "the output delta not "
                                                   "divided by the sample count", [
        ("        dZ2 = (A2 - Recognizer.one_hot(Y, A2.shape[0])) / m\n",
         "        dZ2 = A2 - Recognizer.one_hot(Y, A2.shape[0])\n")]),
    "class_fit_sets_batch_momentum_unaveraged": ("class_fit_sets_batch_momentum_ok", "the output delta not "
                                                 "divided by the batch size", [
        ("d2 = (p - self.targets) / n", "d2 = p - self.targets")]),
    "class_count_from_train_unaveraged": ("class_count_from_train_ok", "the output delta not divided by the "
                                          "sample count", [("        g = g / self.n_samples\n", "")]),
    "functions_unused_argument_slope_one": ("functions_unused_argument_ok", "the hidden delta gated by 1 where "
                                            "z < 0, not the leaky slope", [
        ("np.where(z1 > 0, 1.0, 0.02)", "np.where(z1 > 0, 1.0, 1.0)")]),
    "class_star_args_shape_slope_of_z": ("class_star_args_shape_ok", "the sigmoid slope taken from the layer's "
                                         "pre-activation, not its output", [
        ("                a = self.outputs[i]\n",
         "                a = self.outputs[i - 1] @ self.weights[i - 1] + self.biases[i - 1]\n")]),
    "objects_folded_append_one_slope_of_out": ("objects_folded_append_one_ok", "the tanh slope taken as 1 - a, "
                                               "not 1 - a ** 2", [("(1.0 - self.out ** 2)", "(1.0 - self.out)")]),
    "class_layer1_size_no_gate": ("class_layer1_size_ok", "the hidden delta not gated by the ReLU", [
        ("delta1 = (delta2 @ self.weights2.T) * (self.pre1 > 0)", "delta1 = delta2 @ self.weights2.T")]),
    "class_layer_count_with_input_summed": ("class_layer_count_with_input_ok", "the output delta not divided by the "
                                            "batch size", [
        ("delta = (acts[-1] - y) / x.shape[1]", "delta = acts[-1] - y")]),
    "objects_loop_inline_gradient_no_gate": ("objects_loop_inline_gradient_ok", "the layers' delta not gated by "
                                             "their activation's derivative", [
        ("            grad = grad * self.act_prime(self.z)\n", "            grad = grad * 1.0\n")]),
    "objects_loop_inline_gradient_summed": ("objects_loop_inline_gradient_ok", "the loop's loss gradient not divided "
                                            "by the batch size (code xval does not run: no verdict, never a pass)", [
        ("grad = (probs - yb) / len(xb)", "grad = probs - yb")]),
    "class_in_h_out_no_bias_slope_of_a": ("class_in_h_out_no_bias_ok", "the tanh slope taken as 1 - h, not "
                                          "1 - h ** 2", [("(1.0 - self.h ** 2)", "(1.0 - self.h)")]),
    "functions_columns_len_loss_batch_mean": ("functions_columns_len_loss_ok", "the output delta divided by the batch "
                                              "size, where its loss sums over the batch", [
        ('dZ2 = (activations["A2"] - Y) / len(Y)', 'dZ2 = (activations["A2"] - Y) / Y.shape[1]')]),
    "class_fit_draws_weights_unaveraged": ("class_fit_draws_weights_ok", "the output delta not divided by the "
                                           "mini-batch's size", [
        ("g_out = (probs - Y[rows]) / len(rows)", "g_out = probs - Y[rows]")]),
    "class_typed_width_binary_unaveraged": ("class_typed_width_binary_ok", "the gradients not divided by the "
                                            "sample count", [("        m = X.shape[1]\n", "        m = 1\n")]),
    "class_deep_dict_cache_unaveraged": ("class_deep_dict_cache_ok", "the gradients not divided by the sample "
                                         "count", [("        m = Y.shape[1]\n", "        m = 1\n")]),
    "class_activated_outputs_list_no_relu_gate": ("class_activated_outputs_list_ok", "the hidden delta not gated "
                                                  "by the relu's slope", [
        ("(self.parameters[\"W\" + str(l)].T @ g) * self.relu_slope(outs[l - 1])",
         "self.parameters[\"W\" + str(l)].T @ g")]),
    "class_labels_column_asarray_unaveraged": ("class_labels_column_asarray_ok", "the output delta not divided by "
                                               "the batch size", [("delta = (p - y) / len(y)", "delta = p - y")]),
    "objects_kit_from_arrays_unaveraged": ("objects_kit_from_arrays_ok", "the loss layer's gradient not divided "
                                           "by the batch size", [("        return dout * g / len(self.t)\n",
                                                                  "        return dout * g\n")]),
    "class_layer_word_first_unaveraged": ("class_layer_word_first_ok", "the output delta not divided by the "
                                          "batch size", [(" * saida * (1.0 - saida) / len(X)",
                                                          " * saida * (1.0 - saida)")]),
    "functions_cost_line_in_helper_no_negative_term": ("functions_cost_line_in_helper_ok", "the cost line "
                                                       "without the (1 - Y) log(1 - A2) term (cross-entropy over "
                                                       "sigmoid outputs, whose gradient is not the one computed)", [
        (" + np.multiply(np.log(1 - A2), 1 - Y)\n", "\n")]),
    "class_private_rate_unaveraged": ("class_private_rate_ok", "the output delta not divided by the batch size", [
        ("        delta = (probs - Y) / len(X)\n", "        delta = probs - Y\n")]),
    "class_forward_takes_targets_unaveraged": ("class_forward_takes_targets_ok", "the output error not divided "
                                               "by the batch size", [
        ("self.error = (self.a2 - output_vector) / len(input_vector)", "self.error = self.a2 - output_vector")]),
    "class_batch_lists_named_unaveraged": ("class_batch_lists_named_ok", "the output delta not divided by the "
                                           "batch size", [
        ("delta = (output_list[-1] - batch_y_true) / batch_y_true.shape[0]",
         "delta = output_list[-1] - batch_y_true")]),
    "class_empty_placeholder_lists_unaveraged": ("class_empty_placeholder_lists_ok", "the output delta not "
                                                 "divided by the batch size", [
        ("delta = (self.a[last] - Y) / len(X)", "delta = self.a[last] - Y")]),
    "class_fit_draws_private_weights_unaveraged": ("class_fit_draws_private_weights_ok", "the output delta not "
                                                   "divided by the mini-batch's size", [
        ("g_out = (probs - Y[rows]) / len(rows)", "g_out = probs - Y[rows]")]),
    "objects_unused_softmax_backward_summed": (
        "objects_unused_softmax_backward_ok", "the combined softmax and cross-entropy object's gradient not divided "
        "by the batch size (a sum over the batch, the loss a mean)",
        [("        self.dinputs = self.dinputs / samples\n", "")]),
    "objects_base_stub_softmax_relu_gate_on_output": (
        "objects_base_stub_softmax_ok", "ReLU's backward gated by the gradient's sign instead of the input's",
        [("        return grad_out * self.mask\n", "        return grad_out * (grad_out > 0)\n")]),
    "functions_output_named_y_unscaled": (
        "functions_output_named_y_ok", "the output delta not divided by the batch size (the loss a mean)",
        [("    d2 = (probs - y) / X.shape[0]\n", "    d2 = probs - y\n")]),
    "class_default_cost_class_no_output_slope": (
        "class_default_cost_class_ok", "the quadratic cost's delta without the output sigmoid's derivative (the "
        "cross-entropy cost's delta under the quadratic cost the constructor chooses)",
        [("        return (a - y) * a * (1.0 - a)\n", "        return a - y\n")]),
    "class_fit_validation_summed_cost_mean_step": (
        "class_fit_validation_summed_cost_ok", "the output delta divided by the batch size though the cost sums over "
        "the batch", [("                d2 = p - Y[rows]\n", "                d2 = (p - Y[rows]) / p.shape[0]\n")]),
    "class_fit_validation_summed_cost_half_decay": (
        "class_fit_validation_summed_cost_ok", "the L2 gradient l2 * W where the cost's l2 * sum W**2 gives 2 * l2 * W "
        "(hidden while the strength is at its default of 0)",
        [("                gW2 = a1.T @ d2 + 2.0 * self.l2 * self.W2\n",
          "                gW2 = a1.T @ d2 + self.l2 * self.W2\n"),
         ("                gW1 = X_train[rows].T @ d1 + 2.0 * self.l2 * self.W1\n",
          "                gW1 = X_train[rows].T @ d1 + self.l2 * self.W1\n")]),
    "class_fit_n_iterations_tanh_of_output": (
        "class_fit_n_iterations_ok", "tanh's derivative taken of the hidden pre-activation's tanh twice "
        "(1 - tanh(h) ** 2, h already the activation)",
        [("            d_hidden = (d_out @ self.W_out.T) * (1.0 - h ** 2)\n",
          "            d_hidden = (d_out @ self.W_out.T) * (1.0 - np.tanh(h) ** 2)\n")]),
    "methods_data_constructor_features_count": (
        "methods_data_constructor_ok", "the output delta divided by the number of features the constructor kept, "
        "not the sample count", [("        dz2 /= self.m\n", "        dz2 /= self.n_features\n")]),
    "class_count_shape_rate_unscaled": (
        "class_count_shape_ok", "the rate not divided by the batch: the summed gradient is stepped",
        [("        step = lr_rate / len(y)\n", "        step = lr_rate\n")]),
    "class_loss_gradient_function_no_gate": (
        "class_loss_gradient_function_ok", "the hidden layers' ReLU gate left out of the chain",
        [("                chain = chain @ (weight.T * (affine > 0)[:, None, :])\n",
          "                chain = chain @ weight.T\n")]),
    "class_backprop_sgd_folded_relu_slope": (
        "class_backprop_sgd_folded_ok",
        "the leaky ReLU's derivative without its slope for negative inputs (0, not 0.05)",
        [("        self._act_slope = lambda a: np.where(a > 0, 1.0, 0.05)\n",
          "        self._act_slope = lambda a: np.where(a > 0, 1.0, 0.0)\n")]),
    "functions_forward_callback_half_slope": (
        "functions_forward_callback_ok", "the sigmoid's derivative taken as a alone, not a * (1 - a)",
        [("    d_hidden = (d_out @ params[\"W2\"].T) * hidden * (1.0 - hidden)\n",
          "    d_hidden = (d_out @ params[\"W2\"].T) * hidden\n")]),
    "class_typed_layer_list_bias_sum": (
        "class_typed_layer_list_ok", "the bias gradients summed over the batch, not averaged",
        [("            layer.db = dz.sum(axis=1, keepdims=True) / m\n",
          "            layer.db = dz.sum(axis=1, keepdims=True)\n")]),
    "class_past_xrange_no_mean": (
        "class_past_xrange_ok", "the output delta not divided by the batch size",
        [("        dscores = (probs - targets) / N\n", "        dscores = probs - targets\n")]),
    "class_textbook_rmsprop_step_no_slope": (
        "class_textbook_rmsprop_step_ok", "the hidden deltas not multiplied by the sigmoid's derivative",
        [("            delta = np.dot(self.weights[-k + 1].T, delta) * acts[-k] * (1 - acts[-k])\n",
          "            delta = np.dot(self.weights[-k + 1].T, delta)\n")]),
    "class_course_v_z_scores_no_softmax": (
        "class_course_v_z_scores_ok", "the output delta taken from the scores, not their softmax",
        [("        delta = self.softmax(z[-1]) - y\n", "        delta = z[-1] - y\n")]),
    "functions_relu_of_input_no_mean": (
        "functions_relu_of_input_ok", "the output delta not divided by the batch size",
        [('    delta = (cache[f"A{L}"] - Y) / Y.shape[0]\n', '    delta = cache[f"A{L}"] - Y\n')]),
    "globals_forward_unpacked_step_no_gate": (
        "globals_forward_unpacked_step_ok", "the hidden delta not gated by ReLU's derivative",
        [("    dZ1 = (dZ2 @ W2.T) * (Z1 > 0)\n", "    dZ1 = dZ2 @ W2.T\n")]),
    "objects_backward_given_input_no_gate": (
        "objects_backward_given_input_ok", "the ReLU layer's backward passing the gradient through ungated",
        [("        return grad_out * self.mask\n", "        return grad_out\n")]),
    "class_helper_default_rate_not_averaged": (
        "class_helper_default_rate_ok", "the output delta not divided by the batch size",
        [("        d_o = 2.0 * (self.o - y) / y.shape[0] * (self.z_o > 0)\n",
          "        d_o = 2.0 * (self.o - y) * (self.z_o > 0)\n")]),
    "class_turkish_dotless_stale_weights": (
        "class_turkish_dotless_ok", "the hidden delta taken through the output weights after their update",
        [("        d_gizli = (hata @ self.agirlik_gizli_cikis.T) * (self.gizli_z > 0)\n", ""),
         ("        self.agirlik_giris_gizli -= ogrenme_oranı * (girdiler.T @ d_gizli)\n",
          "        d_gizli = (hata @ self.agirlik_gizli_cikis.T) * (self.gizli_z > 0)\n"
          "        self.agirlik_giris_gizli -= ogrenme_oranı * (girdiler.T @ d_gizli)\n")]),
    "class_fit_calls_own_init_not_averaged": (
        "class_fit_calls_own_init_ok", "the output delta not divided by the batch size",
        [("            delta = (acts[-1] - onehot) / X.shape[0]\n", "            delta = acts[-1] - onehot\n")]),
    "functions_one_sample_row_label_no_slope": ("functions_one_sample_row_label_ok", "the hidden delta not gated "
                                                "by the sigmoid's slope", [
        ("    g_hid = (g_scores @ beta[:, 1:]) * hid * (1.0 - hid)\n", "    g_hid = g_scores @ beta[:, 1:]\n")]),
    "class_methods_one_sample_vector_slope_of_h": ("class_methods_one_sample_vector_ok", "the tanh slope taken as "
                                                   "1 - h, not 1 - h ** 2", [
        ("(1.0 - h_b[1:] ** 2)", "(1.0 - h_b[1:])")]),
    "class_loose_methods_stale_summed": ("class_loose_methods_ok", "the output weights stepped before the hidden "
                                         "delta is sent back through them, and the error not divided by the batch "
                                         "size", [
        ("    g /= n\n", ""),
        ("    gh = (g @ self.W2.T) * (1 - self.h ** 2)\n    self.W2 -= lr * self.h.T @ g\n",
         "    self.W2 -= lr * self.h.T @ g\n    gh = (g @ self.W2.T) * (1 - self.h ** 2)\n")]),
    "class_scores_by_words_tanh_of_z": ("class_scores_by_words_ok", "the tanh slope taken of the pre-activation, "
                                        "1 - z ** 2", [
        ("(1.0 - np.tanh(zs[k - 1]) ** 2)", "(1.0 - zs[k - 1] ** 2)")]),
    "class_shared_folded_layers_averaged": ("class_shared_folded_layers_ok", "the output delta divided by the batch "
                                            "size while the loss it trains is the batch's sum", [
        ("        delta = self.probs - labels\n", "        delta = (self.probs - labels) / labels.shape[1]\n")]),
    "class_residual_given_no_gate": ("class_residual_given_ok", "the hidden error never gated by the ReLU", [
        ("            err = err * (self.z > 0)\n", "            err = err\n")]),
    "globals_one_output_fit_no_two": ("globals_one_output_fit_ok", "the output delta without the factor 2 of the "
                                      "squared error its loss function takes the mean of", [
        ("    d_out = 2.0 * (pred - target) / len(inputs)\n", "    d_out = (pred - target) / len(inputs)\n")]),
    "script_batch_fetcher_no_slope": ("script_batch_fetcher_ok", "the hidden delta never multiplied by the "
                                      "sigmoid's slope", [
        ("        d_h = (d_scores @ W_o.T) * h_slope\n", "        d_h = d_scores @ W_o.T\n")]),
    "script_forward_helper_out_in_slope_of_z": ("script_forward_helper_out_in_ok", "tanh's slope taken at the "
                                                "pre-activation", [
        ("    d_h = (d_o @ Wb) * (1.0 - act_h ** 2)\n", "    d_h = (d_o @ Wb) * (1.0 - pre_h ** 2)\n")]),
    "script_onehot_filled_no_gate": ("script_onehot_filled_ok", "the hidden delta never gated by the ReLU", [
        ("    dh[h <= 0] = 0.0\n", "")]),
    "class_init_scale_bias_mean": ("class_init_scale_ok", "the bias gradients averaged over the batch where the "
                                   "delta is already divided by it", [
        ("            gbs.insert(0, delta.sum(axis=0, keepdims=True))\n",
         "            gbs.insert(0, delta.mean(axis=0, keepdims=True))\n")]),
    "class_setup_methods_stale_output": ("class_setup_methods_ok", "the hidden delta formed after the output "
                                         "weights are stepped", [
        ("        d_h = (d_o @ self.Wo.T) * self.act_slope(self.h)\n        self.Wo -= self.rate * self.h.T @ d_o\n",
         "        self.Wo -= self.rate * self.h.T @ d_o\n        d_h = (d_o @ self.Wo.T) * self.act_slope(self.h)\n")]),
    "class_l2_split_term_half_decay": ("class_l2_split_term_ok", "the L2 gradient reg * W, half the derivative of "
                                       "the reg * sum W**2 its loss adds", [
        ("            gW = self.acts[k].T @ delta + 2.0 * self.reg * self.W[k]\n",
         "            gW = self.acts[k].T @ delta + self.reg * self.W[k]\n")]),
    "class_batch_l2_locals_no_outputs": ("class_batch_l2_locals_ok", "the output delta divided by the batch only, "
                                         "where the loss averages over the outputs too, and without the 2", [
        ("        delta = 2.0 * (out - Y) / (n * k)\n", "        delta = (out - Y) / n\n")]),
    "script_unreduced_cost_summed_halved": ("script_unreduced_cost_summed_ok", "the output delta without the 2 of "
                                            "the squared error the file totals", [
        ("g_out = 2.0 * (out - target) * out * (1.0 - out)", "g_out = (out - target) * out * (1.0 - out)")]),
    "objects_two_loss_layers_xent_not_averaged": ("objects_two_loss_layers_ok", "the cross-entropy layer's gradient "
                                                  "not divided by the batch size", [
        ("        return g / len(self.labels)\n", "        return g\n")]),
    "class_single_sample_backprop_slope_of_a": ("class_single_sample_backprop_ok", "the hidden slope taken at the "
                                                "activation, not at z", [
        ("delta = (self.weights[-k + 1].T @ delta) * self.squash_slope(pres[-k])",
         "delta = (self.weights[-k + 1].T @ delta) * self.squash_slope(acts[-k])")]),
    "methods_static_steps_tanh_prime_of_z": (
        "methods_static_steps_ok", "the static backward's tanh derivative taken of the pre-activation",
        [("        dZ1 = (parameters[\"W2\"].T @ dZ2) * (1 - cache[\"A1\"] ** 2)\n",
          "        dZ1 = (parameters[\"W2\"].T @ dZ2) * (1 - cache[\"Z1\"] ** 2)\n")]),
    "class_handed_weights_tanh_prime_of_z": (
        "class_handed_weights_ok", "the hidden tanh derivative taken of the pre-activation",
        [("        delta_hid = (delta_out @ self.w_out.T) * (1 - self.h ** 2)\n",
          "        delta_hid = (delta_out @ self.w_out.T) * (1 - self.z1 ** 2)\n")]),
    "script_random_batches_softmax_over_batch": (
        "script_random_batches_ok", "the softmax normalised over the batch axis",
        [("    e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)\n",
          "    e = np.exp(z - z.max(axis=0, keepdims=True))\n    return e / e.sum(axis=0, keepdims=True)\n")]),
    "class_hidden_count_and_sizes_summed": (
        "class_hidden_count_and_sizes_ok", "the output delta not divided by the batch",
        [("        delta = (out - y) / X.shape[0]\n", "        delta = out - y\n")]),
    "functions_loss_and_grads_only_summed": (
        "functions_loss_and_grads_only_ok", "the scores' gradient not divided by the batch",
        [("    dscores /= N\n", "")]),
    "script_scaled_slices_bias_total_sum": (
        "script_scaled_slices_ok", "the hidden bias gradient summed over the whole layer",
        [("        db1 = dh.sum(axis=0)\n", "        db1 = dh.sum()\n")]),
    "script_unpacked_layers_summed": (
        "script_unpacked_layers_ok", "the output delta not divided by the batch",
        [('    l2_delta = (l2 - target) / len(target)\n',
          '    l2_delta = l2 - target\n')]),
    "class_course_data_held_bias_total_sum": (
        "class_course_data_held_ok", "each layer's bias gradient summed over the whole layer",
        [('            self.grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m\n',
          '            self.grads["db" + str(l)] = np.sum(dZ) / m\n')]),
    "script_sample_label_filled_ungated": (
        "script_sample_label_filled_ok", "the hidden delta never gated by ReLU's derivative",
        [('            d1 = (d2 @ W2.T) * (z1 > 0)\n',
          '            d1 = d2 @ W2.T\n')]),
    "class_two_layer_init_summed": (
        "class_two_layer_init_ok", "the output delta not divided by the batch",
        [('        dz2 = (yhat - self.y) / n\n',
          '        dz2 = yhat - self.y\n')]),
    "script_ones_bias_broadcast_bias_total_sum": (
        "script_ones_bias_broadcast_ok", "the hidden bias gradient summed over the whole layer",
        [('    grad_b1 = np.ones((n, 1)).T.dot(grad_a1)\n',
          '    grad_b1 = np.sum(grad_a1)\n')]),
    "class_layer_numbered_dicts_tanh_of_z": (
        "class_layer_numbered_dicts_ok", "tanh's derivative taken of the pre-activation (1 - z**2)",
        [('                delta = (self.weights[l].T @ delta) * (1.0 - acts[l - 1] ** 2)\n',
          '                delta = (self.weights[l].T @ delta) * (1.0 - pre[l - 1] ** 2)\n')]),
    "class_biases_numbered_from_one_bias_total_sum": (
        "class_biases_numbered_from_one_ok", "each bias gradient summed over the whole layer (no axis)",
        [('            self.grads[f"db{k}"] = delta.sum(axis=0)\n',
          '            self.grads[f"db{k}"] = delta.sum()\n')]),
    "functions_batch_size_constant_summed": (
        "functions_batch_size_constant_ok", "the output delta not divided by the batch",
        [('    d_scores /= BATCH_SIZE\n',
          '')]),
    "class_record_loop_one_output_no_slope": (
        "class_record_loop_one_output_ok", "the hidden term passed down without the sigmoid's derivative",
        [('            hid_term = (self.w_hid_out @ out_term) * hidden * (1.0 - hidden)\n',
          '            hid_term = self.w_hid_out @ out_term\n')]),
    "class_error_set_by_train_summed": (
        "class_error_set_by_train_ok", "the loss function's error not divided by the batch",
        [('    return value, (probs - targets) / len(targets)\n',
          '    return value, probs - targets\n')]),
    "script_shuffled_copies_bias_total_sum": (
        "script_shuffled_copies_ok", "the hidden bias gradient summed over the whole layer",
        [('        d_b1 = d_h.sum(axis=0, keepdims=True)\n',
          '        d_b1 = d_h.sum()\n')]),
    "functions_dict_no_biases_no_slope": (
        "functions_dict_no_biases_ok", "the hidden delta passed down without the sigmoid's derivative",
        [('    d_hid = (net["output_weights"].T @ d_out) * hidden * (1 - hidden)\n',
          '    d_hid = net["output_weights"].T @ d_out\n')]),
    "functions_dict_no_biases_sigmoid_eps": (
        "functions_dict_no_biases_ok", "the sigmoid adding 1e-8 to its denominator",
        [('    return 1 / (1 + np.exp(-v))\n',
          '    return 1 / (1 + np.exp(-v) + 1e-8)\n')]),
    "functions_global_params_dict_tanh_of_a": (
        "functions_global_params_dict_ok", "tanh's derivative taken of the activation again (1 - tanh(h)**2)",
        [('    dh = (g @ net["W2"].T) * (1 - h ** 2)\n',
          '    dh = (g @ net["W2"].T) * (1 - np.tanh(h) ** 2)\n')]),
    "class_private_methods_no_relu_gate": (
        "class_private_methods_ok", "the relu branch passing the hidden gradient down without its gate",
        [('                    dZ = dA * (Z > 0)\n',
          '                    dZ = dA\n')]),
    "class_callee_default_step_summed": (
        "class_callee_default_step_ok", "the output's error not divided by the batch size (the gradient of the batch's sum)",
        [('        err = (out - T) / n\n',
          '        err = out - T\n')]),
    "script_batch_generator_bias_total_sum": (
        "script_batch_generator_ok", "the output bias's gradient summed over every axis (one number for the layer)",
        [('        gbb = delta.sum(axis=0)\n',
          '        gbb = delta.sum()\n')]),
    "script_zip_minibatches_no_relu_gate": (
        "script_zip_minibatches_ok", "the hidden delta passed down without the ReLU's gate",
        [('        dZ1 = (W2.T @ dZ2) * (Z1 > 0)\n',
          '        dZ1 = W2.T @ dZ2\n')]),
    "class_loss_needs_labels_sigmoid_summed": (
        "class_loss_needs_labels_sigmoid_ok", "the scores' gradient not divided by the batch size",
        [('        dscores /= N\n',
          '')]),
    "script_bce_derivative_written_out_summed": (
        "script_bce_derivative_written_out_ok", "the output delta not divided by the batch size",
        [('    dZ2 = dA2 * A2 * (1 - A2) / count\n',
          '    dZ2 = dA2 * A2 * (1 - A2)\n')]),
    "functions_softmax_outside_forward_no_relu_gate": (
        "functions_softmax_outside_forward_ok", "the hidden delta passed down without the ReLU's gate",
        [('    d_pre = (d_logits @ W2.T) * (z1 > 0)\n',
          '    d_pre = d_logits @ W2.T\n')]),
    "unrolled_labels_filled_by_loop_summed": (
        "unrolled_labels_filled_by_loop_ok", "the output layer's gradient not divided by the batch size",
        [('    G2 = D3.T @ A2 / m\n',
          '    G2 = D3.T @ A2\n')]),
    "class_number_rate_in_updates_summed": (
        "class_number_rate_in_updates_ok", "the output's error not divided by the batch size",
        [('        d2 = (self.p - Y) / len(Y)\n',
          '        d2 = self.p - Y\n')]),
    "functions_epoch_eye_rows_no_relu_gate": (
        "functions_epoch_eye_rows_ok", "the hidden delta passed down without the ReLU's gate",
        [('        G1 = (G2 @ W2.T) * (H > 0)\n',
          '        G1 = G2 @ W2.T\n')]),
    "objects_softmax_told_labels_summed": (
        "objects_softmax_told_labels_ok", "the Softmax layer's gradient not divided by the batch size",
        [('        return (self.prob - self.onehot) / self.n\n',
          '        return self.prob - self.onehot\n')]),
    "class_number_list_placeholders_bias_total_sum": (
        "class_number_list_placeholders_ok", "each bias gradient summed over every axis (one number for the layer)",
        [('            gB = delta.sum(axis=1, keepdims=True)\n',
          '            gB = np.sum(delta)\n')]),
    "class_one_output_only_summed": (
        "class_one_output_only_ok", "the records' steps summed, not averaged",
        [('        self.w_ho += self.rate * step_ho / len(features)\n'
          '        self.w_ih += self.rate * step_ih / len(features)\n',
          '        self.w_ho += self.rate * step_ho\n        self.w_ih += self.rate * step_ih\n')]),
    "class_input_bias_trick_summed": (
        "class_input_bias_trick_ok", "the output's error not divided by the batch size",
        [('        delta = (out - Y) / len(X)\n',
          '        delta = out - Y\n')]),
    "functions_vector_output_ascent_no_tanh_derivative": (
        "functions_vector_output_ascent_ok", "the hidden deltas never multiplied by tanh's derivative",
        [("def derivative_w1(X, Z, T, Y, W2):\n    back = np.outer(T - Y, W2) * (1.0 - Z * Z)\n",
          "def derivative_w1(X, Z, T, Y, W2):\n    back = np.outer(T - Y, W2)\n"),
         ("def derivative_b1(Z, T, Y, W2):\n    back = np.outer(T - Y, W2) * (1.0 - Z * Z)\n",
          "def derivative_b1(Z, T, Y, W2):\n    back = np.outer(T - Y, W2)\n")]),
    "class_config_list_sizes_bias_total_sum": (
        "class_config_list_sizes_ok", "each bias gradient summed over every axis (one number for the layer)",
        [('            gb = err.sum(axis=0)\n',
          '            gb = np.sum(err)\n')]),
    "class_newaxis_column_sample_no_tanh_derivative": (
        "class_newaxis_column_sample_ok", "the hidden delta sent back without tanh's derivative",
        [('                delta = (self.weights[i].T @ delta) * (1.0 - outs[i] ** 2)\n',
          '                delta = self.weights[i].T @ delta\n')]),
    "class_u_z_activates_scores_output_gated": (
        "class_u_z_activates_scores_ok", "the output delta multiplied by the ReLU derivative of the (linear) output "
                                         "layer",
        [('        delta = self.probs(u[-1]) - y\n',
          '        delta = (self.probs(u[-1]) - y) * fprime[-1]\n')]),
    "class_input_entry_preactivations_no_relu_gate": (
        "class_input_entry_preactivations_ok", "the hidden deltas never gated by ReLU's derivative",
        [('                delta = delta * d_relu(pre[layer])\n',
          '                delta = delta\n')]),
    "script_held_out_forward_in_loop_updated_w2": (
        "script_held_out_forward_in_loop_ok", "the hidden delta computed through W2 after W2 has been updated",
        [('    dH = (G @ W2.T) * (1 - Htrain ** 2)\n    W2 -= rate * Htrain.T @ G\n',
          '    W2 -= rate * Htrain.T @ G\n    dH = (G @ W2.T) * (1 - Htrain ** 2)\n')]),
    "class_calculate_gradients_store_bias_total_sum": (
        "class_calculate_gradients_store_ok", "the hidden bias gradient summed over every axis (one number for the "
                                              "layer)",
        [('        self.grads["db1"] = dz1.sum(axis=1, keepdims=True)\n',
          '        self.grads["db1"] = np.sum(dz1)\n')]),
    "class_other_name_loss_grads_no_relu_gate": (
        "class_other_name_loss_grads_ok", "the hidden gradient never gated by ReLU's derivative",
        [('        dhid[pre <= 0] = 0\n',
          '')]),
    "functions_loop_summed_likelihood_tanh_derivative": (
        "functions_loop_summed_likelihood_ok", "the hidden layer's derivative written as tanh's (1 - Z * Z) for its "
                                               "sigmoid units",
        [('def derivative_w1(X, Z, T, Y, W2):\n    dZ = np.outer(T - Y, W2) * Z * (1 - Z)\n',
          'def derivative_w1(X, Z, T, Y, W2):\n    dZ = np.outer(T - Y, W2) * (1 - Z * Z)\n'),
         ('def derivative_b1(Z, T, Y, W2):\n    dZ = np.outer(T - Y, W2) * Z * (1 - Z)\n',
          'def derivative_b1(Z, T, Y, W2):\n    dZ = np.outer(T - Y, W2) * (1 - Z * Z)\n')]),
    "functions_propagate_in_optimize_squared_error_delta": (
        "functions_propagate_in_optimize_ok", "the output delta carrying the sigmoid's derivative (squared error's, "
                                              "under a cross-entropy cost)",
        [('    dZ2 = A2 - Y\n',
          '    dZ2 = (A2 - Y) * A2 * (1 - A2)\n')]),
    "script_squeezed_regression_output_half": (
        "script_squeezed_regression_output_ok", "the output delta without the squared error's factor 2",
        [('        g = (2.0 / len(xb)) * err[:, None]\n',
          '        g = err[:, None] / len(xb)\n')]),
    "script_inline_weight_decay_half": (
        "script_inline_weight_decay_ok", "the decay's gradient written without its 2 (`decay * W` for `decay * sum "
                                         "W**2`)",
        [('    dW2 = A.T @ d_out + 2 * decay * W2\n',
          '    dW2 = A.T @ d_out + decay * W2\n'),
         ('    dW1 = X.T @ dA + 2 * decay * W1\n',
          '    dW1 = X.T @ dA + decay * W1\n')]),
    "functions_one_example_weight_pairs_no_tanh_derivative": (
        "functions_one_example_weight_pairs_ok", "the hidden delta sent back without tanh's derivative",
        [('    d_hidden = np.dot(U, d_out) * (1.0 - hidden ** 2)\n',
          '    d_hidden = np.dot(U, d_out)\n')]),
    "functions_one_example_flat_params_no_tanh_derivative": (
        "functions_one_example_flat_params_ok", "the hidden deltas sent back without tanh's derivative",
        [('        gb = np.dot(params[2 * (k + 1)], gb) * (1 - hs[k + 1] ** 2)\n',
          '        gb = np.dot(params[2 * (k + 1)], gb)\n')]),
    "functions_one_example_split_unpacking_bias_from_output": (
        "functions_one_example_split_unpacking_ok", "the hidden bias's gradient taken as the output's delta summed (a "
                                                    "number for the layer)",
        [('    dL_db = dL_dh\n',
          '    dL_db = np.sum(dL_dz) * np.ones_like(dL_dh)\n')]),
    "class_sampled_step_filled_ones_prime_of_activation": (
        "class_sampled_step_filled_ones_ok", "the hidden derivative taken as the sigmoid's derivative of the "
                                             "activation, as if it were z",
        [('                delta = (self.weights[j] @ delta) * outs[j] * (1.0 - outs[j])\n',
          '                delta = (self.weights[j] @ delta) * sigmoid(outs[j]) * (1.0 - sigmoid(outs[j]))\n')]),
    "objects_shared_cache_store_relu_unmasked": (
        "objects_shared_cache_store_ok", "the ReLU's backward passing the gradient through ungated (its mask filed "
                                         "but not applied)",
        [('        return grad * cache[id(self)]\n', '        return grad\n')]),
    "script_per_layer_penalty_output_undecayed": (
        "script_per_layer_penalty_ok", "the output layer's gradient without its `lam * W_out` (the penalty its loss "
                                       "adds for that layer)",
        [('    gW_out = hid.T @ g + lam * W_out\n', '    gW_out = hid.T @ g\n')]),
    "functions_forward_gives_scores_summed": (
        "functions_forward_gives_scores_ok", "the output delta not divided by the batch size (the summed loss's "
                                             "gradient for a mean loss)",
        [('    delta /= n\n', '')]),
    "class_activation_per_layer_args_output_sigmoid_derivative": (
        "class_activation_per_layer_args_ok", "the output delta multiplied by a sigmoid's derivative of the softmax "
                                              "output",
        [('        e3 = (self.out3 - Y) / n\n',
          '        e3 = (self.out3 - Y) * self.out3 * (1 - self.out3) / n\n')]),
    "colmajor_bias_total_sum": ("colmajor_ok", "the output bias gradient summed over the whole layer (np.sum(dZ3) "
                                "without axis)", [("db3 = np.sum(dZ3, axis=1, keepdims=True) / m", "db3 = np.sum(dZ3) / m")]),
    "colmajor_no_batch_mean": ("colmajor_ok", "no division by the batch size", [("m = X.shape[1]", "m = 1")]),
    "colmajor_softmax_batch_axis": ("colmajor_ok", "softmax over the batch axis", [
        ("e = np.exp(Z - Z.max(axis=0, keepdims=True))\n    return e / e.sum(axis=0, keepdims=True)",
         "e = np.exp(Z - Z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)")]),
    "colmajor_softmax_whole_batch": ("colmajor_ok", "softmax normalised over the whole batch (a sum with no axis) "
                                     "in a backward that averages over the batch", [
        ("e = np.exp(Z - Z.max(axis=0, keepdims=True))\n    return e / e.sum(axis=0, keepdims=True)",
         "e = np.exp(Z - Z.max())\n    return e / np.sum(e)")]),
    "colmajor_forward_missing_bias": ("colmajor_ok", "the first layer's bias left out of the forward pass",
                                      [("Z1 = W1.dot(X) + b1", "Z1 = W1.dot(X)")]),
    "colmajor_onehot_no_relu_gate": ("colmajor_onehot_ok", "no ReLU derivative in the hidden layer",
                                     [("dZ1 = dA1 * (Z1 > 0)", "dZ1 = dA1")]),
    "dict_bias_mean": ("dict_cache_ok", "a mean over the batch for the bias gradients", [
        ('grads["db" + str(l)] = np.sum(dZ, axis=0, keepdims=True)',
         'grads["db" + str(l)] = np.mean(dZ, axis=0, keepdims=True)')]),
    "dict_softmax_no_shift": ("dict_cache_ok", "softmax without the max shift (overflows)",
                              [("    z = z - np.max(z, axis=1, keepdims=True)\n", "")]),
    "globals_no_batch_division": ("globals_ok", "no division by the batch size", [("d3 = (A3 - Y) / n", "d3 = A3 - Y")]),
    "globals_bias_not_updated": ("globals_ok", "the first bias never updated",
                                 [("    b1 = b1 - lr * d1.sum(axis=0)\n", "")]),
    "lists_gradient_ascent": ("lists_ok", "the sign of the output delta flipped",
                              [("delta = (As[-1] - T) / B", "delta = (T - As[-1]) / B")]),
    "lists_relu_gate_at_zero": ("lists_ok", "ReLU'(0) taken as 1", [("(Zs[i - 1] > 0)", "(Zs[i - 1] >= 0)")]),
    "class_attrs_hardcoded_lr": ("class_attrs_inplace_ok", "a fixed step of 0.01 instead of the learning rate argument",
                                 [(f"self.{p} -= lr * d{p}", f"self.{p} -= 0.01 * d{p}")
                                  for p in ("W3", "b3", "W2", "b2", "W1", "b1")]),
    "class_attrs_bias_wrong_axis": ("class_attrs_inplace_ok", "the output bias gradient summed over the classes, "
                                    "not the batch", [("db3 = np.sum(d3, axis=0, keepdims=True)",
                                                       "db3 = np.sum(d3, axis=1, keepdims=True)")]),
    "class_lists_doubled_delta": ("class_lists_colmajor_ok", "the output delta doubled (a squared-error habit)", [
        ("delta = (self.activations[-1] - Y) / m", "delta = 2 * (self.activations[-1] - Y) / m")]),
    "class_lists_float32": ("class_lists_colmajor_ok", "the backward pass in float32", [
        ("delta = (self.activations[-1] - Y) / m", "delta = ((self.activations[-1] - Y) / m).astype(np.float32)")]),
    "class_stored_bias_total_sum": ("class_stored_grads_ok", "the output bias gradient summed to one number "
                                    "(g.sum() without axis)", [("self.dW3, self.db3 = self.h2.T @ g, g.sum(0)",
                                                                "self.dW3, self.db3 = self.h2.T @ g, g.sum()")]),
    "class_stored_fixed_batch": ("class_stored_grads_ok", "divided by a fixed 200 instead of the batch size",
                                 [("g = (self.p - onehot) / len(y)", "g = (self.p - onehot) / 200")]),
    "cs231n_model_reg_by_default": ("cs231n_model_ok", "an L2 penalty switched on by default (reg=1e-3)",
                                    [("reg=0.0", "reg=1e-3")]),
    "cs231n_model_no_division": ("cs231n_model_ok", "softmax_loss's gradient not divided by N",
                                 [("    dx /= N\n", "")]),
    "cs231n_model_naive_softmax": ("cs231n_model_ok", "softmax as exp(x) / sum(exp(x)): inf / inf is NaN at large "
                                   "scores, so the gradient holds NaN", [
        ("    shifted = x - np.max(x, axis=1, keepdims=True)\n    log_probs = shifted - np.log(np.sum(np.exp(shifted), "
         "axis=1, keepdims=True))\n",
         "    e = np.exp(x)\n    log_probs = np.log(e / np.sum(e, axis=1, keepdims=True))\n")]),
    "cs231n_model_softmax_no_shift": ("cs231n_model_ok", "softmax_loss without the max shift: exp overflows at "
                                      "large scores (the probabilities are not exposed, only the gradient shows it)",
                                      [("    shifted = x - np.max(x, axis=1, keepdims=True)\n", "    shifted = x\n")]),
    "cs231n_layers_bias_no_axis": ("cs231n_layers_ok", "affine_backward sums the bias gradient to one number",
                                   [("db = np.sum(dout, axis=0)", "db = np.sum(dout)")]),
    "cs231n_layers_relu_at_zero": ("cs231n_layers_ok", "relu_backward lets the gradient through at x == 0",
                                   [("dx = dout * (x > 0)", "dx = dout * (x >= 0)")]),
    "cs231n_layers_dx_slip": ("cs231n_layers_ok", "affine_backward scales dx by 1.001 (a slip that passes every shape)",
                              [("dx = dout.dot(w.T).reshape(x.shape)", "dx = dout.dot(w.T * 1.001).reshape(x.shape)")]),
    "class_activation_names_no_relu_gate": ("class_activation_names_ok", "the ReLU layers pass the gradient "
                                            "through ungated", [('local = upstream * (self.pre > 0) if '
                                                                 'self.activation == "ReLU" else upstream',
                                                                 "local = upstream")]),
    "class_data_loading_bias_total_sum": ("class_data_loading_ok", "the bias gradients summed to one number "
                                          "(delta.sum() without axis)",
                                     [('grads[f"db{k}"] = delta.sum(axis=0, keepdims=True)',
                                       'grads[f"db{k}"] = delta.sum()')]),
    "class_own_sizes_no_batch_mean": ("class_own_sizes_ok", "no division by the batch size",
                                      [("        g /= n\n", "")]),
    "colmajor_global_sample_count": ("colmajor_onehot_ok", "the batch size taken from a module-level count of the "
                                     "data set's rows (set by data loading at import)", [
                                         ("    m = X.shape[1]\n", ""),
                                         ("def one_hot(labels):", "train_images = np.load('train_images.npy').T\n"
                                          "n_features, m = train_images.shape\n\n\ndef one_hot(labels):")]),
    "colmajor_loader_sample_count": ("colmajor_onehot_ok", "the batch size taken from a module-level count of the "
                                     "data set's rows that a loading function sets (`global m`; None until it runs)", [
                                         ("    m = X.shape[1]\n", ""),
                                         ("def one_hot(labels):", "m = None\n\n\ndef load_training_set(path):\n"
                                          "    global m\n    data = np.load(path).T\n    n_features, m = data.shape\n"
                                          "    return data\n\n\ndef one_hot(labels):")]),
    "colmajor_softmax_of_hidden": ("colmajor_onehot_ok", "the softmax taken of the hidden activations, not of the "
                                   "output layer's Z2", [("expZ = np.exp(Z2 - np.max(Z2, axis=0))",
                                                         "expZ = np.exp(A1 - np.max(A1, axis=0))")]),
    "cs231n_layers_softmax_not_averaged": ("cs231n_layers_ok", "softmax_loss's gradient not divided by N "
                                           "(the loss is)", [("    dx /= N\n", "")]),
    "layer_objects_bias_no_axis": ("layer_objects_ok", "each Dense bias gradient summed to one number",
                                   [("self.db = dout.sum(axis=0, keepdims=True)", "self.db = dout.sum()")]),
    "layer_objects_relu_mask_at_zero": ("layer_objects_ok", "ReLU'(0) taken as 1 in the ReLU layer's mask",
                                        [("self.mask = x > 0", "self.mask = x >= 0")]),
    "objects_call_dicts_bias_no_axis": ("objects_call_dicts_ok", "the Linear layer's bias gradient summed to one "
                                        "number (grad_output.sum() without axis)",
                                        [('self.grads["db"] = grad_output.sum(axis=0)',
                                          'self.grads["db"] = grad_output.sum()')]),
    "objects_attrs_dw_after_overwrite": ("objects_attrs_no_loss_ok", "Dense.backward overwrites dvalues with the "
                                         "input gradient first, then takes dweights and dbias from it", [
        ("        self.dweights = np.dot(self.inputs.T, dvalues)\n        self.dbias = np.sum(dvalues, axis=0, "
         "keepdims=True)\n        self.dinputs = np.dot(dvalues, self.weights.T)\n        return self.dinputs",
         "        dvalues = np.dot(dvalues, self.weights.T)\n        self.dweights = np.dot(self.inputs.T, dvalues)\n"
         "        self.dbias = np.sum(dvalues, axis=0, keepdims=True)\n        return dvalues")]),
    "objects_attrs_relu_mask_at_zero": ("objects_attrs_no_loss_ok", "the ReLU layer lets the gradient through at "
                                        "x == 0", [("self.dinputs[self.inputs <= 0] = 0",
                                                    "self.dinputs[self.inputs < 0] = 0")]),
    "layersig_objects_derivative_of_output": ("layersig_objects_ok", "the Sigmoid layer's backward takes the "
                                              "sigmoid of its output again, sigmoid(a) * (1 - sigmoid(a))",
                                              [("return grad * self.y * (1.0 - self.y)",
                                                "s = 1.0 / (1.0 + np.exp(-self.y))\n        return grad * s * (1.0 - s)")]),
    # the model families beyond ReLU + softmax + cross-entropy (the model is read from each file)
    "sigmoid_class_derivative_on_z": ("sigmoid_class_ok", "sigmoid'(z) computed as z * (1 - z) on the "
                                      "pre-activation", [("d2 = (d3 @ self.W3.T) * self.a2 * (1 - self.a2)",
                                                          "d2 = (d3 @ self.W3.T) * self.z2 * (1 - self.z2)"),
                                                         ("d1 = (d2 @ self.W2.T) * self.a1 * (1 - self.a1)",
                                                          "d1 = (d2 @ self.W2.T) * self.z1 * (1 - self.z1)")]),
    "sigmoid_class_mse_delta": ("sigmoid_class_ok", "the output delta of softmax + MSE while the loss is "
                                "cross-entropy", [("d3 = (self.probs - onehot) / n",
                                                   "g = (self.probs - onehot) / n\n        d3 = self.probs * (g - "
                                                   "(g * self.probs).sum(axis=1, keepdims=True))")]),
    "tanh_derivative_on_z": ("tanh_ok", "tanh'(z) computed as 1 - z**2 on the pre-activation",
                             [("(1 - As[i] ** 2)", "(1 - Zs[i - 1] ** 2)")]),
    "tanh_no_derivative": ("tanh_ok", "no tanh derivative in the hidden deltas",
                           [("delta = (delta @ Ws[i].T) * (1 - As[i] ** 2)", "delta = delta @ Ws[i].T")]),
    "quadratic_no_output_derivative": ("quadratic_mse_ok", "the quadratic cost's output delta without sigmoid'(z) "
                                     "(the p - y shortcut of cross-entropy)",
                                     [("delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1]) / m",
                                       "delta = cost_derivative(activations[-1], y) / m")]),
    "quadratic_prime_of_activation": ("quadratic_mse_ok", "sigmoid_prime applied to the activation, not to z",
                                    [("* sigmoid_prime(zs[-l])", "* sigmoid_prime(activations[-l])")]),
    "quadratic_sigmoid_prime_on_z": ("quadratic_mse_ok", "sigmoid_prime(z) written as z * (1 - z), a formula for the "
                                   "activation, used for every layer", [("return sigmoid(z) * (1 - sigmoid(z))",
                                                                         "return z * (1 - z)")]),
    "quadratic_output_prime_of_activation": ("quadratic_mse_ok", "the output delta's sigmoid_prime given the output "
                                           "activation instead of z", [("* sigmoid_prime(zs[-1])",
                                                                        "* sigmoid_prime(activations[-1])")]),
    "bce_mse_delta": ("bce_ok", "the output delta multiplied by sigmoid'(z): squared error's, while the loss is "
                      "binary cross-entropy", [("delta = (activations[-1] - t) / n",
                                                "a = activations[-1]\n    delta = (a - t) * a * (1 - a) / n")]),
    "bce_no_batch_mean": ("bce_ok", "no division by the batch size", [("delta = (activations[-1] - t) / n",
                                                                       "delta = activations[-1] - t")]),
    "identity_tanh_prime_of_a": ("identity_ok", "tanh's derivative applied to the activation: 1 - tanh(a)**2",
                                 [("(1 - activations[i] ** 2)", "(1 - np.tanh(activations[i]) ** 2)")]),
    "leaky_no_slope": ("leaky_ok", "the backward pass gates with ReLU's (z > 0), dropping the leaky slope",
                       [("return np.where(z > 0, 1.0, ALPHA)", "return (z > 0).astype(float)")]),
    "leaky_gate_at_zero": ("leaky_ok", "leaky ReLU'(0) taken as 1", [("return np.where(z > 0, 1.0, ALPHA)",
                                                                     "return np.where(z >= 0, 1.0, ALPHA)")]),
    # biases folded into the weight matrices (theta style)
    "course_thetas_bias_column_dropped": ("course_thetas_ok", "the gradient of the bias column dropped (the "
                                          "input's product taken without its ones column, the bias column left 0)",
                                          [("Theta1_grad = delta2.T @ a1 / m",
                                            "Theta1_grad = np.hstack([np.zeros((Theta1.shape[0], 1)), delta2.T @ X / m])")]),
    "course_thetas_output_sigmoid_prime": ("course_thetas_ok", "the output delta multiplied by sigmoid'(z3): "
                                           "squared error's, while the cost is cross-entropy",
                                           [("delta3 = a3 - Y", "delta3 = (a3 - Y) * sigmoid_gradient(z3)")]),
    "theta_caller_ones_wrong_column_removed": ("theta_caller_ones_inplace_ok", "the last column of theta2 "
                                               "removed when backpropagating the delta, not the bias column 0",
                                               [("theta2[:, 1:].T @ delta2", "theta2[:, :-1].T @ delta2")]),
    "unrolled_nn_params_grad_c_order": ("unrolled_nn_params_ok", "the gradient unrolled in C order while the "
                                        "parameters are rolled up in Fortran order",
                                        [('grad = np.concatenate([Theta1_grad.ravel(order="F"), '
                                          'Theta2_grad.ravel(order="F")])',
                                          "grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])")]),
    "functions_variable_prefixed_names_bias_total_sum": (
        "functions_variable_prefixed_names_ok", "the output bias's gradient summed over every axis (one number)",
        [('    mnist_b2 = mnist_Z2.sum(axis=1, keepdims=True) / count\n',
          '    mnist_b2 = np.sum(mnist_Z2) / count\n')]),
    "class_mode_switch_named_biases_unscaled": (
        "class_mode_switch_named_biases_ok", "the squared error's derivative not divided by the batch",
        [('        d_out = -2.0 * (target - pred) / n * pred * (1.0 - pred)\n',
          '        d_out = -2.0 * (target - pred) * pred * (1.0 - pred)\n')]),
    "class_leaky_output_regression_output_unsloped": (
        "class_leaky_output_regression_ok", "the output delta without the output leaky ReLU's slope",
        [('        delta = (self.inputs[-1] - Y) / n * leaky_slope(self.pre[-1])\n',
          '        delta = (self.inputs[-1] - Y) / n\n')]),
    "class_fit_logs_predicted_labels_derivative_of_z": (
        "class_fit_logs_predicted_labels_ok", "the sigmoid's derivative taken of the hidden pre-activation",
        [('            h = sigmoid(X @ self.W1 + self.b1)\n            p = softmax(h @ self.W2 + self.b2)\n',
          '            z1 = X @ self.W1 + self.b1\n            h = sigmoid(z1)\n'
          '            p = softmax(h @ self.W2 + self.b2)\n'),
         ('            d1 = d2 @ self.W2.T * h * (1 - h)\n',
          '            d1 = d2 @ self.W2.T * z1 * (1 - z1)\n')]),
    "objects_unmade_mse_layer_relu_ungated": (
        "objects_unmade_mse_layer_ok", "the ReLU's backward passing the gradient through ungated",
        [('        return grad * self.mask\n', '        return grad\n')]),
    "functions_all_lists_global_depth_summed": (
        "functions_all_lists_global_depth_ok", "the cost's derivative not divided by the number of samples",
        [('    return (out - y) / y.shape[1]\n', '    return out - y\n')]),
    "objects_softmax_scores_and_labels_unaveraged": (
        "objects_softmax_scores_and_labels_ok", "the loss layer's gradient not divided by the batch",
        [('        return (self.prob - self.target) / len(logits)\n', '        return self.prob - self.target\n')]),
    "script_wrapped_random_sample_stale_w2": (
        "script_wrapped_random_sample_ok", "the output weights stepped before the hidden error reads them",
        [('        hidden_err = z_k * (1 - z_k) * W2[0] * err\n        W2 -= eta * err * z_k[None, :]\n',
          '        W2 -= eta * err * z_k[None, :]\n        hidden_err = z_k * (1 - z_k) * W2[0] * err\n')]),
}


# name -> (base file stem, what differs, [(old, new), ...]): correct files, as edits of a correct one
VARIANTS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "colmajor_onehot_labels_named_batch_ok": ("colmajor_onehot_ok", "the backward's labels named `batch` (a word "
                                              "that names the input too), read as the labels by their use: "
                                              "subtracted from the output", [
        ("def backward_propagation(X, Y, Z1, A1, A2, W2):", "def backward_propagation(X, batch, Z1, A1, A2, W2):"),
        ("    dZ2 = A2 - Y\n", "    dZ2 = A2 - batch\n")]),
    "class_step_returns_loss_unrecorded_ok": ("class_step_returns_loss_ok", "the loss its step returns recorded by no "
                                              "code of the file (a script elsewhere trains it): still its loss", [
        ("            loss = self.step(X, Y)\n            history.append(loss)\n", "            self.step(X, Y)\n")]),
    "class_scores_doc_softmax_named_ok": ("class_scores_doc_softmax_ok", "the forward returns its scores under a "
                                          "name that says nothing (ZL) beside its kept values, and backward takes "
                                          "them under that name", [
        ("        return a\n", "        ZL = a\n        return ZL, self.kept\n"),
        ("def backward(self, scores, y):", "def backward(self, ZL, y):"),
        ("delta = self.softmax(scores)", "delta = self.softmax(ZL)")]),
    "class_units_added_propagate_names_ok": ("class_units_added_ok", "its pair named propagate_forward and "
                                             "propagate_backward, the direction last", [
        ("    def forward(self, X):\n", "    def propagate_forward(self, X):\n"),
        ("        probs = self.forward(X)\n", "        probs = self.propagate_forward(X)\n"),
        ("    def backward(self, X, y):\n", "    def propagate_backward(self, X, y):\n"),
        ("            grads_W, grads_b = self.backward(X, y)\n",
         "            grads_W, grads_b = self.propagate_backward(X, y)\n"),
        ("model.forward(X).argmax", "model.propagate_forward(X).argmax")]),
    "dict_cache_upstream_named_seed_ok": ("dict_cache_upstream_ok", "its demo's loss gradient named before it is "
                                          "passed (dout = ..., then backward(params, cache, dout))", [
        ("        grads = backward(params, cache, (pred - target) / len(x))\n",
         "        dout = (pred - target) / len(x)\n        grads = backward(params, cache, dout)\n")]),
    "objects_course_skeleton_uniform_returns_ok": ("objects_course_skeleton_ok", "every layer's backprop returning "
                                                   "three values, the activation's ([], [], dLdx)", UNIFORM_RETURNS),
    "dict_cache_short_names_ok": ("dict_cache_ok", "the pair named in short (forwProp and bwd_pass)", SHORT_NAMES),
    "arch_functions_lower_fkeys_ok": ("arch_functions_ok", "parameters keyed in lower case by f-strings "
                                      "(params[f\"w{i}\"], params[f\"b{i}\"])", [
        ('params["W" + str(i)] = rng', 'params[f"w{i}"] = rng'),
        ('params["b" + str(i)] = np.zeros', 'params[f"b{i}"] = np.zeros'),
        ('Z = params["W" + str(i)] @ A + params["b" + str(i)]', 'Z = params[f"w{i}"] @ A + params[f"b{i}"]'),
        ('dZ = (params["W" + str(i)].T @ dZ)', 'dZ = (params[f"w{i}"].T @ dZ)')]),
    "objects_dense_holds_activation_objects_ok": ("objects_dense_holds_activation_ok", "the activation passed "
                                                  "built (Dense(784, 128, Sigmoid())), the layer keeping the object",
                                                  [("        self.activation = activation()\n",
                                                    "        self.activation = activation\n"),
                                                   ("Dense(784, 128, ReLU)", "Dense(784, 128, Sigmoid())"),
                                                   ("Dense(128, 64, ReLU)", "Dense(128, 64, Sigmoid())"),
                                                   ("Dense(64, 10, Softmax)", "Dense(64, 10, Softmax())")]),
    "functions_batchnorm_switch_numbered_dicts_ok": ("functions_batchnorm_switch_ok", "its parameters two dicts "
                                                     "keyed by the layer number from 1 (parameters['W'][1])", [
        ("    parameters = {}\n", '    parameters = {"W": {}, "b": {}}\n'),
        ('        parameters["W" + str(l)] = rng.normal(', '        parameters["W"][l] = rng.normal('),
        ('        parameters["b" + str(l)] = np.zeros(', '        parameters["b"][l] = np.zeros('),
        ("    L = len(parameters) // 2\n    for l in range(1, L + 1):\n",
         '    L = len(parameters["W"])\n    for l in range(1, L + 1):\n'),
        ('        W, b = parameters["W" + str(l)], parameters["b" + str(l)]\n',
         '        W, b = parameters["W"][l], parameters["b"][l]\n'),
        ('    for l in range(1, len(parameters) // 2 + 1):\n'
         '        parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]\n'
         '        parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]\n',
         '    for l in range(1, len(parameters["W"]) + 1):\n'
         '        parameters["W"][l] -= learning_rate * grads["dW" + str(l)]\n'
         '        parameters["b"][l] -= learning_rate * grads["db" + str(l)]\n')]),
    "class_placed_weight_names_sizes_d_h_ok": ("class_placed_weight_names_ok", "its sizes named d_in, h, d_out (the "
                                               "hidden width a lone h)", [
        ("def __init__(self, input_size, hidden_size, output_size):", "def __init__(self, d_in, h, d_out):"),
        ("gen.standard_normal((input_size, hidden_size)) * np.sqrt(1.0 / input_size)",
         "gen.standard_normal((d_in, h)) * np.sqrt(1.0 / d_in)"),
        ("gen.standard_normal((hidden_size, output_size)) * np.sqrt(1.0 / hidden_size)",
         "gen.standard_normal((h, d_out)) * np.sqrt(1.0 / h)"),
        ("np.zeros((1, hidden_size))", "np.zeros((1, h))"),
        ("np.zeros((1, output_size))", "np.zeros((1, d_out))")]),
    "cs231n_loops_halved_term_ok": ("cs231n_loops_ok", "the L2 term halved after its strength (`reg * (...) / 2`), "
                                    "its gradient reg * W", [
        ("reg * (np.sum(W1 * W1) + np.sum(W2 * W2))", "reg * (np.sum(W1 * W1) + np.sum(W2 * W2)) / 2"),
        ("hidden.T @ dscores + 2 * reg * W2", "hidden.T @ dscores + reg * W2"),
        ("X.T @ dhidden + 2 * reg * W1", "X.T @ dhidden + reg * W1")]),
    "epoch_function_drops_short_batch_ok": ("epoch_function_ok", "a loop that stops before a short batch "
                                            "(range(0, n - batch + 1, batch)), so dividing by `batch` is right", [
        ("    for start in range(0, n, batch):\n", "    for start in range(0, n - batch + 1, batch):\n"),
        ("        g2 = (probs - target) / len(yb)\n", "        g2 = (probs - target) / batch\n")]),
    "epoch_function_whole_batches_ok": ("epoch_function_ok", "whole mini-batches only (range(n // batch)), so "
                                        "dividing by `batch` is right", [
        ("    for start in range(0, n, batch):\n        xb, yb = X[start:start + batch], y[start:start + batch]\n",
         "    for i in range(n // batch):\n        xb, yb = X[i * batch:(i + 1) * batch], y[i * batch:(i + 1) * batch]\n"),
        ("        g2 = (probs - target) / len(yb)\n", "        g2 = (probs - target) / batch\n")]),
    "script_epoch_named_sum_softmax_ok": ("script_epoch_inline_softmax_ok", "one name for exp of the logits and "
                                          "a name for their sum, then the probabilities less the labels "
                                          "(G2 = G2 / G2_sum - Iy)",
                                          [("        E = np.exp(H @ W2)\n"
                                            "        G2 = E / E.sum(axis=1, keepdims=True) - Iy",
                                            "        G2 = np.exp(H @ W2)\n"
                                            "        G2_sum = G2.sum(axis=1, keepdims=True)\n"
                                            "        G2 = G2 / G2_sum - Iy")]),
    "script_epoch_overwritten_softmax_ok": ("script_epoch_inline_softmax_ok", "one name for exp of the logits, "
                                            "then for the probabilities less the labels (G2 = np.exp(H @ W2); "
                                            "G2 = G2 / G2.sum(axis=1, keepdims=True) - Iy)",
                                            [("        E = np.exp(H @ W2)\n"
                                              "        G2 = E / E.sum(axis=1, keepdims=True) - Iy",
                                              "        G2 = np.exp(H @ W2)\n"
                                              "        G2 = G2 / G2.sum(axis=1, keepdims=True) - Iy")]),
    "layer_objects_penalty_ok": ("layer_objects_built_decay_ok", "with a penalty function accumulating 0.5 * "
                                 "layer.weight_decay * sum(W ** 2) over the model's Linear layers: the loss the file "
                                 "defines has an L2 term in the layers' strength, so xval checks it at a strength of "
                                 "its own (L2_CHECKED) and builds every Linear with it", [PENALTY_FUNCTION]),
    "objects_kept_rate_probs_grad_function_ok": ("objects_kept_rate_ok", "the step's loss gradient from a "
                                                 "gradient-only function of the probabilities (not of the logits, "
                                                 "so xval does not hand it the scores: a warning instead)", [
        ("    loss, grad = softmax_head(out, onehot)\n",
         "    loss = softmax_head(out, onehot)[0]\n    e = np.exp(out - out.max(axis=1, keepdims=True))\n"
         "    grad = grad_softmax_crossentropy(e / e.sum(axis=1, keepdims=True), onehot)\n"),
        ("def train_step(layers, X, onehot):\n",
         "def grad_softmax_crossentropy(probs, onehot):\n    return (probs - onehot) / probs.shape[0]\n\n\n"
         "def train_step(layers, X, onehot):\n")]),
    "class_capas_ocultas_adelantado_ok": ("class_capas_ocultas_ok", "the forward named adelantado and the backward "
                                          "retropropagacion, called by the training loop under those names", [
        ("    def forward(self, X):\n", "    def adelantado(self, X):\n"),
        ("    def backpropagate(self, X, y, tasa_aprendizaje):\n", "    def retropropagacion(self, X, y, tasa_aprendizaje):\n"),
        ("            self.forward(X)\n            self.backpropagate(X, y, tasa_aprendizaje)\n",
         "            self.adelantado(X)\n            self.retropropagacion(X, y, tasa_aprendizaje)\n"),
    ]),
    "class_two_hidden_named_grad_ydata_ok": ("class_two_hidden_named_ok", "the step named grad, its batch and labels "
                                             "xdata and ydata", [
        ("    def backpropagation(self, X, labels):\n        d_out = self.probs.copy()\n"
         "        d_out[np.arange(len(labels)), labels] -= 1.0\n        d_out /= len(labels)\n",
         "    def grad(self, xdata, ydata):\n        d_out = self.probs.copy()\n"
         "        d_out[np.arange(len(ydata)), ydata] -= 1.0\n        d_out /= len(ydata)\n"),
        ("(X.T @ d_h1)", "(xdata.T @ d_h1)"),
    ]),
    "class_dict_arquitectura_loss_and_grads_ok": ("class_dict_ok", "its sizes named arquitectura and its backward "
                                                  "loss_and_grads(y) returning (loss, grads)", [
        ("    def __init__(self, layer_sizes, seed=0):\n", "    def __init__(self, arquitectura, seed=0):\n"),
        ("        for i in range(1, len(layer_sizes)):\n"
         "            self.params[f\"W{i}\"] = rng.standard_normal((layer_sizes[i - 1], layer_sizes[i])) * 0.05\n"
         "            self.params[f\"b{i}\"] = np.zeros(layer_sizes[i])\n        self.L = len(layer_sizes) - 1\n",
         "        for i in range(1, len(arquitectura)):\n"
         "            self.params[f\"W{i}\"] = rng.standard_normal((arquitectura[i - 1], arquitectura[i])) * 0.05\n"
         "            self.params[f\"b{i}\"] = np.zeros(arquitectura[i])\n        self.L = len(arquitectura) - 1\n"),
        ("    def backward(self, y):\n        n = y.shape[0]\n        grads = {}\n",
         "    def loss_and_grads(self, y):\n        n = y.shape[0]\n"
         "        loss = -np.mean(np.log(self.cache[f\"A{self.L}\"][np.arange(n), y]))\n        grads = {}\n"),
        ("        return grads\n", "        return loss, grads\n"),
    ]),
    "class_hidden_size_pass_forward_ok": ("class_hidden_size_ok", "its forward named pass_forward", [
        ("    def forward(self, X):\n", "    def pass_forward(self, X):\n"),
    ]),
    "class_layer_attributes_optimizer_name_ok": ("class_layer_attributes_ok", "an optimizer name the constructor "
                                                 "keeps and the backward compares (self.optimizer == \"sgd\")", [
        ("    def __init__(self, n_in, n_hidden, n_out, lr=0.1):\n",
         "    def __init__(self, n_in, n_hidden, n_out, optimizer):\n        self.optimizer = optimizer\n"),
        ("        self.lr = lr\n", "        self.lr = 0.1\n"),
        ("        for layer in (self.fc1, self.fc2):\n            layer.W -= self.lr * layer.dW\n"
         "            layer.b -= self.lr * layer.db\n",
         "        if self.optimizer == \"sgd\":\n            for layer in (self.fc1, self.fc2):\n"
         "                layer.W -= self.lr * layer.dW\n                layer.b -= self.lr * layer.db\n"
         "        else:\n            raise ValueError(self.optimizer)\n")]),
    "unrolled_nn_params_labels_from_one_ok": ("unrolled_nn_params_ok", "its one-hot table indexed by y - 1 (classes "
                                              "numbered from 1, as in the course's data)", [
        ("Y = np.eye(num_labels)[y]", "Y = np.eye(num_labels)[y.ravel() - 1]")]),
    "globals_learn_run_no_biases_ok": ("globals_learn_run_ok", "the same two functions on module-level weights "
                                       "alone, no biases", [
        ("h = squash(batch @ hidden_w + hidden_b)\n    return", "h = squash(batch @ hidden_w)\n    return"),
        ("    return probabilities(h @ out_w + out_b)", "    return probabilities(h @ out_w)"),
        ("    global hidden_w, hidden_b, out_w, out_b\n    h = squash(batch @ hidden_w + hidden_b)\n"
         "    p = probabilities(h @ out_w + out_b)",
         "    global hidden_w, out_w\n    h = squash(batch @ hidden_w)\n    p = probabilities(h @ out_w)"),
        ("    out_b -= eta * e_out.sum(axis=0)\n", ""), ("    hidden_b -= eta * e_hid.sum(axis=0)\n", ""),
        ("hidden_b = np.zeros(64)\n", ""), ("out_b = np.zeros(10)\n", "")]),
    "class_query_train_lists_outputs_list_ok": ("class_query_train_lists_ok", "its targets named outputs_list, as "
                                                "train(inputs_list, outputs_list)", [
        ("def train(self, inputs_list, targets_list):", "def train(self, inputs_list, outputs_list):"),
        ("targets = np.array(targets_list, ndmin=2).T", "targets = np.array(outputs_list, ndmin=2).T")]),
    "class_count_widths_flag_annotated_ok": ("class_count_widths_flag_ok", "its hidden-layer count and widths "
                                             "required, annotated int and list", [
        ("def __init__(self, n_in, n_out, is_regression, hidden_layers=1, layer_widths=[24], act=\"tanh\", rate=0.05):",
         "def __init__(self, n_in, n_out, is_regression, hidden_layers: int, layer_widths: list, act=\"tanh\", "
         "rate=0.05):")]),
    "objects_module_delta_update_mse_module_ok": ("objects_module_delta_update_ok", "a squared-error loss module "
                                                  "too, `forward(y, yhat)` giving one loss per sample (the "
                                                  "optimiser averages them) and `backward(y, yhat)` their mean's "
                                                  "gradient: the labels first", [
        ("class Sequentiel:", "class MSELoss:\n    def forward(self, y, yhat):\n"
         "        return ((yhat - y) ** 2).sum(axis=1)\n\n    def backward(self, y, yhat):\n"
         "        return 2 * (yhat - y) / len(y)\n\n\nclass Sequentiel:")]),
    "functions_filled_dicts_data_globals_returns_all_ok": ("functions_filled_dicts_data_globals_ok", "its "
                                                           "backward returning everything it touched, (params, zs, "
                                                           "cache, store), its gradients in `store`: the one dict "
                                                           "of dW keys", [
        ("    grads = {}\n", "    grads = {}\n    store = grads\n"),
        ("    return grads\n", "    return params, zs, cache, store\n"),
        ("grads = backward(params, zs, cache)", "_, _, _, grads = backward(params, zs, cache)")]),
    "functions_dal_argument_caches_linear_cache_ok": ("functions_dal_argument_caches_ok", "its forward returning "
                                                      "`A, caches`, each cache ((A_prev, W, b), Z)", [
        ("        caches.append((A_prev, Z))\n",
         '        caches.append(((A_prev, parameters["W" + str(l)], parameters["b" + str(l)]), Z))\n'),
        ("    return A, Z, caches\n", "    return A, caches\n"),
        ("        A_prev, Z = caches[l - 1]\n", "        (A_prev, _, _), Z = caches[l - 1]\n"),
        ("        AL, _, caches = forward_model(X, parameters)\n", "        AL, caches = forward_model(X, parameters)\n")]),
    "class_rate_kept_unnamed_idata_ok": ("class_rate_kept_unnamed_ok", "the step's batch and targets named idata "
                                         "and tdata", [
        ("    def entrenar(self, lista, objetivos):\n        entradas = np.array(lista, ndmin=2).T\n"
         "        metas = np.array(objetivos, ndmin=2).T\n",
         "    def entrenar(self, idata, tdata):\n        entradas = np.array(idata, ndmin=2).T\n"
         "        metas = np.array(tdata, ndmin=2).T\n")]),
    "objects_kept_rate_grad_function_ok": ("objects_kept_rate_ok", "the step's loss gradient from a function "
                                           "returning the gradient alone, named for the softmax cross-entropy of "
                                           "logits", [
        ("    loss, grad = softmax_head(out, onehot)\n",
         "    loss = softmax_head(out, onehot)[0]\n    grad = grad_softmax_crossentropy_with_logits(out, onehot)\n"),
        ("def train_step(layers, X, onehot):\n",
         "def grad_softmax_crossentropy_with_logits(logits, onehot):\n"
         "    e = np.exp(logits - logits.max(axis=1, keepdims=True))\n"
         "    return (e / e.sum(axis=1, keepdims=True) - onehot) / logits.shape[0]\n\n\n"
         "def train_step(layers, X, onehot):\n")]),
    "objects_random_state_generator_ok": ("objects_random_state_ok", "a numpy Generator for the randomness "
                                          "(Affine(n_in, n_out, rng), drawing with rng.normal)", [
        ("    def __init__(self, n_in, n_out, random_state):\n        self.W = random_state.randn(n_in, n_out) * "
         "np.sqrt(2.0 / n_in)\n",
         "    def __init__(self, n_in, n_out, rng):\n        self.W = rng.normal(0.0, np.sqrt(2.0 / n_in), "
         "(n_in, n_out))\n")]),
    "colmajor_onehot_width_from_labels_ok": ("colmajor_ok", "the one-hot width taken from Y.max() + 1 (it breaks "
                                             "on a batch without the largest class; the gradient is right)", [
        ("def one_hot(Y, classes=10):\n    out = np.zeros((classes, Y.size))",
         "def one_hot(Y):\n    out = np.zeros((Y.max() + 1, Y.size))")]),
    "objects_kept_results_mean_in_layer_ok": ("objects_kept_results_ok", "the batch mean taken in the dense layer's "
                                              "backward (dW = x.T @ dvalues / N) and the loss gradient summed", [
        ("        self.dweights = self.inputs.T @ dvalues\n",
         "        self.dweights = self.inputs.T @ dvalues / len(dvalues)\n"),
        ("        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)\n",
         "        self.dbiases = np.sum(dvalues, axis=0, keepdims=True) / len(dvalues)\n"),
        ("        self.dinputs = self.dinputs / samples\n", "")]),
    "objects_kept_results_mean_in_layer_unnamed_head_ok": (
        "objects_kept_results_ok", "the batch mean taken in the dense layer's backward and the loss gradient summed, "
        "in a head class not named as a loss layer", [
            ("        self.dweights = self.inputs.T @ dvalues\n",
             "        self.dweights = self.inputs.T @ dvalues / len(dvalues)\n"),
            ("        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)\n",
             "        self.dbiases = np.sum(dvalues, axis=0, keepdims=True) / len(dvalues)\n"),
            ("        self.dinputs = self.dinputs / samples\n", ""),
            ("class SoftmaxCrossEntropy:\n", "class OutputHead:\n")]),
    "objects_call_dicts_log_guard_ok": ("objects_call_dicts_ok", "the loss layer's log guarded by an epsilon "
                                        "large enough to show at a small probability (-np.log(p + 1e-7))", [
        ("        return -np.log(self.probs[rows, labels]).mean()\n",
         "        return -np.log(self.probs[rows, labels] + 1e-7).mean()\n")]),
    "objects_fused_activation_named_ok": ("objects_fused_activation_ok", "the activation named by a string the "
                                          "layer compares (activation=\"tanh\", \"linear\" for the scores)", [
        ("    def __init__(self, n_in, n_out, act=None, act_prime=None):",
         "    def __init__(self, n_in, n_out, activation=\"linear\"):"),
        ("        self.act, self.act_prime = act, act_prime", "        self.activation = activation"),
        ("        self.out = self.z if self.act is None else self.act(self.z)",
         "        self.out = np.tanh(self.z) if self.activation == \"tanh\" else self.z"),
        ("        g = grad_out if self.act is None else grad_out * self.act_prime(self.z)",
         "        g = grad_out * (1.0 - self.out ** 2) if self.activation == \"tanh\" else grad_out"),
        ("[Dense(5, 12, tanh, tanh_prime), Dense(12, 12, tanh, tanh_prime), Dense(12, 3)]",
         "[Dense(5, 12, \"tanh\"), Dense(12, 12, activation=\"tanh\"), Dense(12, 3)]")]),
    "class_index_letter_names_mistyped_forward_ok": ("class_index_letter_names_ok", "its forward method's name "
                                                     "mistyped by one letter (forwar_pass)", [
        ("    def forward_pass(self, x):", "    def forwar_pass(self, x):")]),
    "colmajor_onehot_misspelled_forward_ok": ("colmajor_onehot_ok", "the forward function's name mistyped "
                                              "(forward_propagetaion), at its definition and its call", [
        ("def forward_propagation(X, W1, b1, W2, b2):", "def forward_propagetaion(X, W1, b1, W2, b2):"),
        ("= forward_propagation(X, W1, b1, W2, b2)", "= forward_propagetaion(X, W1, b1, W2, b2)")]),
    "unpacked_l2_penalty_without_half_ok": ("unpacked_l2_param_ok", "the penalty reg times the summed squared "
                                            "weights (no one half), its gradient 2 * reg * W", [
        ("    return data + reg / 2 * (np.sum(W1 * W1) + np.sum(W2 * W2))\n",
         "    return data + reg * (np.sum(W1 * W1) + np.sum(W2 * W2))\n"),
        ("    dW2 = A1.T @ dZ2 + reg * W2\n", "    dW2 = A1.T @ dZ2 + 2 * reg * W2\n"),
        ("    dW1 = X.T @ dZ1 + reg * W1\n", "    dW1 = X.T @ dZ1 + 2 * reg * W1\n")]),
    "colmajor_count_parameter_ok": ("colmajor_ok", "the number of examples a parameter of the backward, "
                                    "`m_train`, that its caller sets from the data", [
        ("def back_prop(Z1, A1, Z2, A2, Z3, A3, W2, W3, X, Y):\n    m = X.shape[1]\n",
         "def back_prop(Z1, A1, Z2, A2, Z3, A3, W2, W3, X, Y, m_train):\n    m = m_train\n")]),
    "script_indexed_sample_ok": ("script_per_sample_ok", "each sample taken by its index and wrapped, `x = "
                                 "np.array(X[i])`", [
        ("    for x, t in zip(X, T):\n", "    for i in range(len(X)):\n        x = np.array(X[i])\n"
                                        "        t = np.array(T[i])\n")]),
    "script_accumulated_ok": ("script_per_sample_ok", "each sample's gradient added up over the data, one update "
                              "per sweep by their mean", [
        ("    total = 0.0\n    for x, t in zip(X, T):\n",
         "    total = 0.0\n    gU, gd, gV, gc = np.zeros_like(U), np.zeros_like(d), np.zeros_like(V), np.zeros_like(c)\n"
         "    for x, t in zip(X, T):\n"),
        ("        U -= 0.5 * np.outer(h, do)\n        d -= 0.5 * do\n        V -= 0.5 * np.outer(x, dh)\n"
         "        c -= 0.5 * dh\n",
         "        gU += np.outer(h, do)\n        gd += do\n        gV += np.outer(x, dh)\n        gc += dh\n"
         "    U -= 0.5 * gU / len(X)\n    d -= 0.5 * gd / len(X)\n    V -= 0.5 * gV / len(X)\n"
         "    c -= 0.5 * gc / len(X)\n")]),
    "script_while_ok": ("script_ok", "a while loop counting its own epochs", [
        ("for epoch in range(20):\n", "epoch = 0\nwhile epoch < 20:\n"),
        ('    print(f"epoch {epoch}: loss {loss:.4f}")\n', '    print(f"epoch {epoch}: loss {loss:.4f}")\n    epoch += 1\n')]),
    "script_zip_updates_ok": ("script_ok", "the updates made by one loop over the parameters and their gradients, "
                              "`for p, g in zip([W1, b1, W2, b2], [dW1, db1, dW2, db2]): p -= lr * g`", [
        ("    W1 -= lr * dW1\n    b1 -= lr * db1\n    W2 -= lr * dW2\n    b2 -= lr * db2\n",
         "    for p, g in zip([W1, b1, W2, b2], [dW1, db1, dW2, db2]):\n        p -= lr * g\n")]),
    "script_forward_function_ok": ("script_ok", "the forward in a function reading the module's weights, the "
                                   "backward inline in the loop", [
        ("for epoch in range(20):\n    z1 = X @ W1 + b1\n    a1 = np.maximum(z1, 0)\n    z2 = a1 @ W2 + b2\n",
         "\ndef forward(inputs):\n    pre = inputs @ W1 + b1\n    hidden = np.maximum(pre, 0)\n"
         "    return pre, hidden, hidden @ W2 + b2\n\n\nfor epoch in range(20):\n    z1, a1, z2 = forward(X)\n")]),
    "class_weights_made_by_fit_one_step_ok": ("class_weights_made_by_fit_ok", "fit makes the weights, takes one "
                                              "step and returns, with no loop (all of it run as its set-up)", [
        ("        for _ in range(epochs):\n            grad_W, grad_b = self.gradients(X, y)\n"
         "            self.W = [w - lr * g for w, g in zip(self.W, grad_W)]\n"
         "            self.b = [b - lr * g for b, g in zip(self.b, grad_b)]\n",
         "        grad_W, grad_b = self.gradients(X, y)\n"
         "        self.W = [w - lr * g for w, g in zip(self.W, grad_W)]\n"
         "        self.b = [b - lr * g for b, g in zip(self.b, grad_b)]\n")]),
    "dlai_L_layer_preds_ok": ("dlai_L_layer_ok", "the backward takes the last layer's output as `preds`", [
        ("def L_model_backward(AL, Y, caches):", "def L_model_backward(preds, Y, caches):"),
        ("    dZ = AL - Y  #", "    dZ = preds - Y  #")]),
    "class_rate_decay_after_ok": ("class_rate_decay_ok", "the learning rate decayed after the updates (they use "
                                  "the rate the step was given)", [
        ("        self.lr *= self.decay\n        probs", "        probs"),
        ("            self.b[i] -= self.lr * db\n", "            self.b[i] -= self.lr * db\n        self.lr *= self.decay\n")]),
    "dlai_L_layer_course_delta_ok": ("dlai_L_layer_ok", "the output delta as the course writes it, dAL = -(Y / AL - "
                                     "(1 - Y) / (1 - AL)) through sigmoid_backward: the same gradient, but 0 / 0 "
                                     "where a sigmoid output rounds to exactly 0 or 1 (logits past ~37, as the "
                                     "notebook's unscaled weights give)", [
        ("""    dZ = AL - Y  # sigmoid with binary cross-entropy, summed over the outputs
    linear_cache, _ = caches[L - 1]""", """    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    linear_cache, Z_out = caches[L - 1]
    dZ = sigmoid_backward(dAL, Z_out)""")]),
    "dlai_L_layer_binary_assert_ok": ("dlai_L_layer_ok", "L_model_forward asserts one output unit, "
                                      "assert A.shape == (1, X.shape[1]), as the course's binary classifier does", [
        ("    return A_prev, caches", "    assert A_prev.shape == (1, X.shape[1])\n    return A_prev, caches")]),
    "persample_class_stored_output_ok": ("persample_class_ok", "feedforward returns nothing: it keeps its output "
                                         "in self.output", [
        ("        self.output = e / e.sum()\n        return self.output\n", "        self.output = e / e.sum()\n"),
        ("                out = self.feedforward(x)\n", "                self.feedforward(x)\n                out = self.output\n")]),
    "arch_functions_prefixed_ok": ("arch_functions_ok", "the functions and the params argument named with an nn_ "
                                   "prefix (nn_forward(X, nn_params, layers)), and a first sketch of the layer list "
                                   "assigned before the one used (an activation the file does not have)",
                                   PREFIXED_ARCH),
    "dict_cache_upstream_mean_loss_ok": ("dict_cache_upstream_ok", "its demo's loss is a function averaging over "
                                         "every element (2/K x xval's MSE), its caller's dout the same loss's "
                                         "gradient: the dout xval gives follows the loss it checks", [
        ("def forward(params, x):", "def mse(pred, target):\n    return np.mean((pred - target) ** 2)\n\n\n"
                                    "def forward(params, x):"),
        ("(pred - target) / len(x))", "2 * (pred - target) / pred.size)"),
        ('print("squared error", 0.5 * np.sum((forward(params, x)[0] - target) ** 2) / len(x))',
         'print("squared error", mse(forward(params, x)[0], target))')]),
    "class_data_loading_comprehension_ok": ("class_data_loading_ok", "its constructor keeps the hidden sizes through "
                                            "a comprehension over a local name (run line by line without its data "
                                            "loading, the comprehension must still see it)", [
        ("        self.hidden_units = list(hidden_units)\n",
         "        units, width = list(hidden_units), int\n        self.hidden_units = [width(u) for u in units]\n")]),
    "class_layer_calls_regression_ok": ("class_layer_calls_ok", "a regression: its example ends in one linear unit "
                                        "and its loss is the mean over every element (np.mean of the squares), "
                                        "the output delta 2 (a - y) / B: right for one output unit, as the file "
                                        "builds it (with ten it would be ten times the loss's gradient)", [
        ('ACTIVATIONS = {"relu": relu, "softmax": softmax}',
         'ACTIVATIONS = {"relu": relu, "softmax": softmax, "linear": lambda z: z}\n\n\n'
         'def mse(pred, target):\n    return np.mean((pred - target) ** 2)'),
        ('delta = (caches[last]["A"] - y_onehot) / len(x)', 'delta = 2 * (caches[last]["A"] - y_onehot) / len(x)'),
        ("    def backward(self, x, y_onehot, caches):",
         "    def error(self, x, y):\n        return mse(self.forward(x)[0], y)\n\n"
         "    def backward(self, x, y_onehot, caches):"),
        ('net = Stack([Dense(128, 784, "relu"), Dense(10, 128, "softmax")])',
         'net = Stack([Dense(128, 784, "relu"), Dense(1, 128, "linear")])')]),
    "class_stored_grads_dunder_ok": ("class_stored_grads_ok", "its forward and backward are private with two "
                                     "underscores (__forward, __backward: Python stores them as _Net__forward)", [
        ("    def forward(self, X):", "    def __forward(self, X):"),
        ("    def backward(self, y):", "    def __backward(self, y):")]),
    "unrolled_nn_params_misnamed_lambda_ok": ("unrolled_nn_params_ok", "its L2 strength named learning_rate (a "
                                              "cost function has no rate: passed 0, as a strength), and a cost(...) "
                                              "before it that gives J alone (not the function to judge)", [
        ("def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):",
         "def cost(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, learning_rate):\n"
         "    return nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y,\n"
         "                            learning_rate)[0]\n\n\n"
         "def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, learning_rate):"),
        ("    J += lambda_ / (2 * m)", "    J += learning_rate / (2 * m)"),
        ("    Theta1_grad[:, 1:] += lambda_ / m", "    Theta1_grad[:, 1:] += learning_rate / m"),
        ("    Theta2_grad[:, 1:] += lambda_ / m", "    Theta2_grad[:, 1:] += learning_rate / m")]),
    "objects_kept_rate_required_ok": ("objects_kept_rate_ok", "the layer's constructor requires its learning rate "
                                      "after the two sizes", [
        ("    def __init__(self, n_in, n_out, learning_rate=0.05):", "    def __init__(self, n_in, n_out, learning_rate):")]),
    "held_no_bias_train_data_ok": ("held_no_bias_ok", "the constructor's data named train_data and y_true", [
        ("    def __init__(self, x, y):\n        self.input = x\n        self.y = y",
         "    def __init__(self, train_data, y_true):\n        self.input = train_data\n        self.y = y_true")]),
}


def bug_source(name: str) -> str:
    """The source of a bug or a variant: its base file with the edits made and a docstring saying what it is."""
    base, what, edits = BUGS[name] if name in BUGS else VARIANTS[name]
    source = (STYLES / f"{base}.py").read_text()
    body = source.split('"""', 2)[2]
    for old, new in edits:
        if body.count(old) != 1:
            raise ValueError(f"{name}: {old!r} occurs {body.count(old)} times in {base}.py, not once")
        body = body.replace(old, new)
    return f'"""{"Bug" if name in BUGS else "Correct"}: {what}. (Otherwise as {base}.py.)"""' + body


def write_corpus(directory: Path) -> Path:
    """Every file of tests/styles/ and every bug, as <name>.py in ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for path in STYLES.glob("*.py"):
        shutil.copyfile(path, directory / path.name)
    for name in [*BUGS, *VARIANTS]:
        (directory / f"{name}.py").write_text(bug_source(name))
    return directory


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/style_bugs.py DIR")
    print(f"wrote the styles corpus to {write_corpus(Path(sys.argv[1]))}")
