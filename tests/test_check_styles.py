"""The interfaces people write: every file in tests/styles/ is read in its own style and judged as expected.

tests/styles/ holds submissions of the project's own writing: correct files in
every interface style (``*_ok.py``) and files no style fits (``unusable_*``: exit 2
with a message naming the nearest style); tests/style_bugs.py writes typical bugs
into copies of the correct ones (the docstring names the bug). EXPECTED gives
each file's verdict: the status, the first diagnosis code, and a phrase of the
"read as" line (or of the exit-2 message).
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from xval.reports.check import CheckOptions, check_submission
from xval.reports.check.adapter import resolve
from xval.reports.check.inputs import load_inputs
from xval.reports.check.loading import load_submission
from xval.reports.check.styles import fit_default_params, fixed_depth
from tests.style_bugs import BUGS, VARIANTS, write_corpus

STYLES = Path(__file__).parent / "styles"

COLMAJOR = "column-major (x (features, batch), W (out, in)), biases (n, 1)"
ROWMAJOR = "row-major (x (batch, features), W (in, out))"
# file -> (status, diagnosis code or None, phrase of the "read as" line or of the exit-2 message)
EXPECTED = {
    "script_transposed_weights_ok": ("ok", None, "input `X`, labels `Y`, output `Yhat`, rate `eta`, x (features, batch), W (in, out), biases (n, 1)"),
    "script_transposed_weights_not_averaged": ("mismatch", "scaled-gradient", "x (features, batch), W (in, out)"),
    "script_rows_weights_out_in_ok": ("ok", None, "input `X`, labels `T`, output `P`, rate `rate`, row-major (x (batch, features)), W (out, in), biases (1, n)"),
    "script_rows_weights_out_in_no_tanh_slope": ("mismatch", "activation-derivative", "row-major (x (batch, features)), W (out, in)"),
    "objects_course_skeleton_ok": ("ok", None, "layer objects nn_linear_layer, nn_activation_layer composed by xval"),
    "objects_course_skeleton_tanh_of_input": ("mismatch", "layer-function", "gradients read from each nn_linear_layer's backprop return value, (dW, db, dx)"),
    "unusable_class_bias_trick": ("unusable", None, "class Net folds its biases into its weights (fit, line 18: a column of ones joined to its input"),
    "objects_call_dicts_mean_twice": ("mismatch", "scaled-gradient", "Linear.backward averaging over the batch itself (dW = x.T @ dout / N); gradients read"),
    "objects_kept_results_mean_in_layer_ok": ("ok", None, "DenseLayer.backward averaging over the batch itself (dW = x.T @ dout / N); gradients read from each DenseLayer's dweights, dbiases; loss gradient: the file's SoftmaxCrossEntropy.backward(probabilities, labels)"),
    "objects_kept_results_mean_in_layer_unnamed_head_ok": ("unusable", None, "feeds them a loss gradient of its own "
                                                           "(line 50: `grad = head.dinputs`) that xval does not run"),
    "objects_kept_results_mean_in_layer_bias_summed": ("mismatch", "layer-function", "layer objects DenseLayer, ReLUActivation composed by xval"),
    "objects_module_buffers_ok": ("ok", None, "`dtype=float64` passed to Linear() (the dtype checked); gradients "
                                  "read from each Linear's gW, gb"),
    "objects_module_buffers_bias_mean": ("mismatch", "layer-function", "layer objects Linear, ReLU composed by xval"),
    "objects_param_value_ok": ("ok", None, "gradients read from each Dense's w.grad, b.grad"),
    "objects_param_value_relu_ungated": ("mismatch", "layer-function", "layer objects Dense, Relu composed by xval"),
    "objects_random_state_ok": ("ok", None, "layer objects Affine, Relu composed by xval, the step through its container Chain(layers)"),
    "objects_random_state_generator_ok": ("ok", None, "gradients read from each Affine's grad_W, grad_b; loss gradient: the file's SoftmaxXent.backward()"),
    "objects_random_state_bias_mean": ("mismatch", "layer-function", "layer objects Affine, Relu composed by xval"),
    "class_layer_dicts_ok": ("ok", None, "parameters in a dict per layer in layers, row-major"),
    "class_layer_dicts_tanh_of_pre": ("mismatch", "activation-derivative", "class TanhClassifier: forward(X), then backward"),
    "objects_squared_error_layer_ok": ("ok", None, "loss gradient: xval's softmax cross-entropy (the file has no usable loss layer; its squared-error layer SquaredError is judged alone)"),
    "objects_squared_error_layer_per_element": ("mismatch", "layer-function", "layer objects FullyConnected, Sigmoid composed by xval"),
    "class_rate_kept_unnamed_ok": ("ok", None, "class RedNeuronal: consulta(X), then entrenar, parameters in attributes weightInput .. (no biases)"),
    "class_rate_kept_unnamed_no_hidden_slope": ("mismatch", "activation-derivative", "entrenar updates its parameters in place"),
    "dict_lone_vector_ok": ("ok", None, "functions forward(X, params) and backward(cache, params, Y), a params dict"),
    "dict_lone_vector_not_averaged": ("mismatch", "scaled-gradient", "functions forward(X, params) and backward(cache, params, Y), a params dict"),
    "class_actual_predicted_ok": ("ok", None, "class TinyNet: feedforward(X), then backpropagate, parameters in attributes w_in .. (no biases)"),
    "class_actual_predicted_updated_weights": ("mismatch", "stale-weights", "backpropagate updates its parameters in place"),
    "class_test_train_per_sample_ok": ("ok", None, "class Network: test(X), then train, parameters in attributes W_IH .."),
    "class_test_train_per_sample_no_tanh_slope": ("mismatch", "activation-derivative", "on one sample per call (it updates after every sample)"),
    "script_settings_class_ok": ("ok", None, "function build: its training loop at line 31 run once on the whole batch, the weights it updates W1/b1, W2/b2 (its own 3-5-4 layers), input `X`, labels `y`, output `probs`, rate `Settings.step`"),
    "script_settings_class_decay_of_gradient": ("mismatch", "weight-decay", "rate `Settings.step`"),
    "class_data_class_count_ok": ("ok", None, "constructed with probe data as X_train, y_train, column-major"),
    "class_data_class_count_gate_on_output": ("mismatch", "relu-gate", "constructed with probe data as X_train, y_train, column-major"),
    "class_rate_kept_unnamed_idata_ok": ("ok", None, "class RedNeuronal: consulta(X), then entrenar"),
    "py2_fprop_bprop_ok": ("ok", None, "class TwoLayerMLP: fprop(X), then bprop, parameters in attributes W1 .."),
    "py2_fprop_bprop_bias_total_sum": ("mismatch", "bias-total-sum", "class TwoLayerMLP: fprop(X), then bprop"),
    "functions_mlp_beside_regression_ok": ("ok", None, "functions forward_mlp(x, wh, bh, wy, by) and backward_mlp(x, h, "
                                           "p, t, lr, wh, bh, wy, by)"),
    "functions_mlp_beside_regression_stale_output_weights": ("mismatch", "stale-weights", "functions forward_mlp(x, wh, "
                                                             "bh, wy, by) and backward_mlp"),
    "functions_activation_kind_ok": ("ok", None, "functions forward_prop(Ws, bs, X, act) and backward_prop(Zs, As, ZL, "
                                     "AL, Ws, X, y, act), weight and bias lists"),
    "functions_activation_kind_not_averaged": ("mismatch", "scaled-gradient", "functions forward_prop(Ws, bs, X, act)"),
    "functions_deltas_update_in_train_ok": ("ok", None, "function train: its training loop at line 30 run once on the "
                                            "whole batch, the weights it updates W1/b1, W2/b2 (its own 2-8-1 layers), "
                                            "input `X`, labels `y`, output `out`, rate `lr`"),
    "functions_deltas_update_in_train_no_hidden_slope": ("mismatch", "activation-derivative", "function train: its "
                                                         "training loop at line"),
    "class_capas_ocultas_adelantado_ok": ("ok", None, "class RedNeuronal: adelantado(X), then retropropagacion"),
    "class_two_hidden_named_grad_ydata_ok": ("ok", None, "class TwoHiddenNet: feedforward(X), then grad"),
    "class_activations_by_index_ok": ("ok", None, "class IndexedNet: forward(X), then backward, parameters in lists "
                                      "weights, biases"),
    "class_activations_by_index_no_relu_gate": ("mismatch", "relu-gate", "class IndexedNet: forward(X), then backward"),
    "class_loose_methods_ok": ("ok", None, "class TinyNet: feedforward(X), then backprop, parameters in attributes "
                               "W1 .., 2 layers fixed by its constructor, feedforward and backprop written at module "
                               "level taking `self`, called as its methods"),
    "class_loose_methods_stale_output_weights": ("mismatch", "stale-weights", "class TinyNet: feedforward(X), then "
                                                 "backprop"),
    "unusable_shared_layer_bias": ("unusable", None, "self.bias holds one number per layer beside its weights: a "
                                   "bias shared by every unit of a layer"),
    "unusable_python_list_weights": ("unusable", None, "self.w_in, self.w_out are Python lists of lists of numbers: "
                                     "xval reads weights held as NumPy arrays"),
    "class_dict_arquitectura_loss_and_grads_ok": ("ok", None, "class NeuralNetwork: forward(X), then loss_and_grads, "
                                                  "parameters in the dict params"),
    "class_grad_pairs_list_ok": ("ok", None, "class PairNet: forward(X), then backward, parameters in lists W, b, "
                                 "column-major"),
    "class_grad_pairs_list_no_tanh_slope": ("mismatch", "activation-derivative", "class PairNet: forward(X), then "
                                            "backward"),
    "class_hidden_size_pass_forward_ok": ("ok", None, "pass_forward(X), then backward, parameters in attributes W1 .."),
    "class_textbook_step_unfinished_ok": ("ok", None, "feedforward(X), then backprop, parameters in lists weights, "
                                          "biases, column-major"),
    "class_textbook_step_unfinished_tanh_slope_of_z": ("mismatch", "activation-derivative", "on one sample per "
                                                       "call (backprop gives one sample's gradients)"),
    "class_one_hidden_size_three_layers_ok": ("ok", None, "class Net3: forward(X), then backward, parameters in "
                                              "the dict params, 3 layers fixed by its constructor (its own "
                                              "784-48-48-10)"),
    "class_one_hidden_size_three_layers_gate_below": ("mismatch", "relu-gate", "3 layers fixed by its "
                                                      "constructor"),
    "functions_cache_tuple_ok": ("ok", None, "backward_prop(cache, W1, W2, X, Y), unpacked arguments, 2 layers from "
                                 "its signature"),
    "functions_cache_tuple_sigmoid_slope_of_z": ("mismatch", "activation-derivative", "returns gradients, "
                                                 "`cache` given what forward_prop returned"),
    "class_layer_attributes_ok": ("ok", None, "class Classifier: forward(X), then backward, parameters in layer "
                                  "objects fc1, fc2"),
    "class_layer_attributes_tanh_slope_of_z": ("mismatch", "activation-derivative", "parameters in layer objects "
                                               "fc1, fc2"),
    "class_layer_attributes_optimizer_name_ok": ("ok", None, "optimizer='sgd' (the first value its code compares "
                                                 "it with)"),
    "functions_loss_gives_grads_ok": ("ok", None, "functions forward(X, params) and compute_loss(X, Y, params), "
                                      "a params dict"),
    "functions_loss_gives_grads_not_averaged": ("mismatch", "scaled-gradient", "compute_loss returns gradients"),
    "functions_labels_from_one_ok": ("ok", None, "integer labels numbered from 1 (as its code counts its classes: "
                                     "xval passes its labels plus one)"),
    "functions_labels_from_one_no_sigmoid_slope": ("mismatch", "activation-derivative", "integer labels numbered "
                                                   "from 1"),
    "unrolled_nn_params_labels_from_one_ok": ("ok", None, "integer labels numbered from 1"),
    "class_batch_sum_caller_divides_ok": ("ok", None, "back_propagation returns gradients, the batch's sum (its "
                                          "descend divides it by the batch size): compared as the mean"),
    "class_batch_sum_caller_divides_twice": ("mismatch", "scaled-gradient", "the batch's sum (its descend divides "
                                             "it by the batch size)"),
    "script_labels_transposed_ok": ("ok", None, "one-hot labels as (batch, classes) (the loop reads `Y.T`)"),
    "script_labels_transposed_no_sigmoid_slope": ("mismatch", "activation-derivative", "one-hot labels as (batch, "
                                                  "classes)"),
    "class_folded_bias_rows_ok": ("ok", None, "parameters in attributes W1 .. (biases folded in as each matrix's "
                                  "first row, the ones joined by its code)"),
    "class_folded_bias_rows_stale_weights": ("mismatch", "stale-weights", "biases folded in as each matrix's first "
                                             "row"),
    "class_folded_bias_last_row_ok": ("ok", None, "parameters in the list weights (biases folded in as each "
                                      "matrix's last row, the ones joined by its code)"),
    "class_folded_bias_last_row_bias_row_kept": ("mismatch", "gradient-mismatch", "biases folded in as each "
                                                 "matrix's last row"),
    "layer_objects_backward_decay_ok": ("ok", None, "`weight_decay` passed to its backward: the L2 strength "
                                        "checked (0 when none)"),
    "layer_objects_backward_decay_tanh_slope_of_z": ("mismatch", "layer-function", "`weight_decay` passed to its "
                                                     "backward"),
    "unusable_misspelled_init": ("unusable", None, "its constructor is spelled `_init_`, a method Python never calls"),
    "class_forward_list_per_sample_ok": ("ok", None, "backprop returns gradients, on one sample per call"),
    "class_forward_list_per_sample_slope_of_output": ("mismatch", "activation-derivative", "on one sample per call"),
    "class_forward_list_in_place_ok": ("ok", None, "backward updates its parameters in place, on one sample per call"),
    "class_forward_list_in_place_stale_weights": ("mismatch", "stale-weights", "on one sample per call"),
    "class_vector_label_first_ok": ("ok", None, "integer labels; backward returns gradients, on one sample per call"),
    "class_vector_label_first_no_tanh_slope": ("mismatch", "activation-derivative", "on one sample per call"),
    "layer_objects_kept_foreign_names_ok": ("ok", None, "results read from self.ausgabe (its layers' methods return "
                                            "nothing); gradients read from each Schicht's aenderung_gewichte, "
                                            "aenderung_verzerrung (what its backward writes"),
    "layer_objects_kept_foreign_names_weights_divided": ("mismatch", "layer-function", "results read from "
                                                         "self.ausgabe"),
    "class_query_train_lists_ok": ("ok", None, "on one sample per call, given as a vector (its features alone)"),
    "class_query_train_lists_mixed_deltas": ("mismatch", "loss-mismatch", "on one sample per call, given "
                                             "as a vector"),
    "script_function_sample_column_ok": ("ok", None, "function train: its training loop at line 27 run once on one "
                                         "sample at a time"),
    "script_function_sample_column_no_hidden_slope": ("mismatch", "activation-derivative", "run once on one sample "
                                                      "at a time"),
    "colmajor_softmax_whole_batch": ("mismatch", "forward-mismatch", "functions forward_prop"),
    "functions_numbered_from_input_ok": ("ok", None, "functions consulta(w2, b2, w3, b3, entrada) and "
                                         "backpropagation(z2, a2, z3, a3, w3, etiquetas, datos), unpacked arguments, 2 "
                                         "layers from its signature, column-major"),
    "functions_numbered_from_input_bias_total": ("mismatch", "bias-total-sum", "functions consulta(w2, b2, w3, b3"),
    "class_unmade_setup_fit_ok": ("ok", None, "method Classifier.fit: its training loop at line 24 run once on the "
                                  "whole batch (on an instance made without a constructor (the file makes none"),
    "class_unmade_setup_fit_plain_hidden": ("mismatch", "activation-derivative", "method Classifier.fit"),
    "objects_generic_activation_only_ok": ("ok", None, "layer objects Linear, Activation(xval_relu, xval_relu_prime) "
                                           "composed by xval"),
    "objects_generic_activation_only_stale": ("mismatch", "layer-function", "layer objects Linear, "
                                              "Activation(xval_relu"),
    "class_sample_loop_layers_ok": ("ok", None, "on one sample per call (it updates after every sample)"),
    "class_sample_loop_layers_stale": ("mismatch", "stale-weights", "on one sample per call (it updates after every "
                                       "sample)"),
    "class_bce_named_complement_ok": ("ok", None, "class BinaryNet: forward(X), then backward"),
    "class_bce_named_complement_averaged": ("mismatch", "scaled-gradient", "class BinaryNet: forward(X), then "
                                            "backward"),
    "class_threshold_layers_ok": ("ok", None, "class ThresholdNet: forward(X), then backward, parameters in layer "
                                  "objects in layers (biases folded in as each matrix's first row, -1 joined by its "
                                  "code: it holds minus the bias)"),
    "class_threshold_layers_bias_unsigned": ("mismatch", "scaled-gradient", "class ThresholdNet: forward(X)"),
    "script_fit_unloaded_data_ok": ("ok", None, "function fit: its training loop at line 14 run once on the whole "
                                    "batch"),
    "script_fit_unloaded_data_ungated": ("mismatch", "activation-derivative", "function fit: its training loop at "
                                         "line"),
    "objects_result_record_ok": ("ok", None, "gradients read from each Dense's backward return value, a Grads (dx "
                                 "its wrt_input, the gradients its params)"),
    "objects_result_record_relu_ungated": ("mismatch", "layer-function", "a Grads (dx its wrt_input"),
    "method_named_adam_step_ok": ("ok", None, "(its optimiser step `self.adam_step(name, grad)` read as plain SGD: "
                                  "`W -= lr * grad`)"),
    "method_named_adam_step_ungated": ("mismatch", "activation-derivative", "(its optimiser step `self.adam_step("),
    "script_inline_adam_ok": ("ok", None, "(its Adam step read as plain SGD on the gradient each first moment "
                              "takes: `W1 -= lr * dW1`, `b1 -= lr * db1`, ...)"),
    "script_inline_adam_ungated": ("mismatch", "activation-derivative", "(its Adam step read as plain SGD"),
    "class_scores_returned_softmax_kept_ok": ("ok", None, "class ScoresNet: forward(X) (the scores: the class "
                                              "applies its softmax elsewhere)"),
    "class_scores_returned_softmax_kept_ungated": ("mismatch", "relu-gate", "class ScoresNet: forward(X) (the scores"),
    "class_kept_grads_then_adam_ok": ("ok", None, "backward stores gradients on the instance (then steps by an "
                                      "adaptive rule, Adam or RMSProp: that step is not checked, the gradients it "
                                      "keeps are)"),
    "class_kept_grads_then_adam_bias_total": ("mismatch", "bias-total-sum", "(then steps by an adaptive rule"),
    "class_relu_then_tanh_ok": ("ok", None, "class TwoActivationNet: forward(X), then backward"),
    "class_relu_then_tanh_one_gate": ("mismatch", "activation-derivative", "class TwoActivationNet"),
    "script_looped_sample_update_ok": ("ok", None, "function learn: one step (its body from line 36, no loop of its "
                                       "own) run on one sample at a time (the file's loop passes it one, `data[k]`)"),
    "script_looped_sample_update_raw_error": ("mismatch", "activation-derivative", "function learn: one step"),
    "script_step_functions_ok": ("ok", None, "function train_step_ce: one step (its body from line 20, no loop of its "
                                 "own) run on the whole batch, the weights it updates w1/b1, w2/b2 (2 layers), input "
                                 "`data`, labels `labels`"),
    "script_step_functions_batch_mean_only": ("mismatch", "scaled-gradient", "function train_step_ce: one step"),
    "script_function_labels_rows_ok": ("ok", None, "one-hot labels as (batch, classes) (a probe step raised with "
                                       "them held as its activations)"),
    "script_function_labels_rows_hidden_bias_total_sum": ("mismatch", "bias-total-sum",
                                                          "one-hot labels as (batch, classes)"),
    "script_function_batch_params_ok": ("ok", None, "one-hot labels as (batch, classes) (the loop reads `yb.T`), "
                                        "the gradient implied by the update; `batch_size` set to the batch size"),
    "script_function_batch_params_hidden_bias_total_sum": ("mismatch", "bias-total-sum", "`batch_size` set to the "
                                                           "batch size"),
    "functions_rows_in_columns_after_ok": ("ok", None, "row-major x (batch, features) used transposed (W @ x.T), W "
                                           "(out, in), the layers' values (n, batch)"),
    "functions_rows_in_columns_after_no_sigmoid_slope": ("mismatch", "activation-derivative", "the layers' values "
                                                         "(n, batch)"),
    "objects_mean_layers_head_alias_ok": ("ok", None, "Affine.backward averaging over the batch itself (dW = x.T @ "
                                          "dout / N)"),
    "objects_mean_layers_head_alias_mean_twice": ("mismatch", "scaled-gradient", "Affine.backward averaging over the "
                                                  "batch itself"),
    "script_epoch_inplace_helper_ok": ("ok", None, "the weights it updates W1, W2 (2 layers), input `X`, labels `y`, "
                                       "output `E`"),
    "script_epoch_inplace_helper_no_gate": ("mismatch", "relu-gate", "the weights it updates W1, W2"),
    "class_data_list_own_output_ok": ("ok", None, "constructed with probe data as features, labels, `hidden_widths` "
                                      "with one output unit as it appends one output unit of its own"),
    "class_data_list_own_output_tanh_slope_unsquared": ("mismatch", "gradient-mismatch", "class BinaryNet"),
    "colmajor_fixed_width_reshape_ok": ("ok", None, "its own 784-96-10 layers (what its init_params() makes)"),
    "colmajor_fixed_width_reshape_w1_unscaled": ("mismatch", "scaled-gradient", "its own 784-96-10 layers"),
    "class_column_softmax_whole_array_ok": ("ok", None, "on one sample per call (backprop gives one sample's "
                                            "gradients), forward too (on a batch it gives other outputs"),
    "class_column_softmax_whole_array_no_hidden_slope": ("mismatch", "activation-derivative", "forward too"),
    "script_zip_reshape_sample_ok": ("ok", None, "run once on one sample at a time, module-level weights V/c, U/d"),
    "script_zip_reshape_sample_no_output_slope": ("mismatch", "loss-mismatch", "module-level weights V/c, U/d"),
    "class_count_widths_flag_ok": ("ok", None, "is_regression=False (the first value its code compares it with), "
                                   "hidden_layers=2 (its count of hidden layers, beside their widths)"),
    "class_count_widths_flag_slope_of_next": ("mismatch", "gradient-mismatch", "hidden_layers=2"),
    "globals_learn_run_ok": ("ok", None, "functions run(batch) and learn(batch, onehot, eta), module-level "
                             "parameters"),
    "globals_learn_run_hidden_slope_half": ("mismatch", "gradient-mismatch", "(the two found by what they do"),
    "globals_learn_run_no_biases_ok": ("ok", None, "no biases, one-hot labels; learn updates the parameters (the two "
                                       "found by what they do"),
    "class_weights_set_later_folded_ok": ("ok", None, "constructed with weights_1, weights_2 (None when built) made "
                                          "(out, in + 1), the biases folded in"),
    "class_weights_set_later_folded_wrong_column": ("mismatch", "gradient-mismatch", "(None when built)"),
    "class_sizes_array_rate_h_ok": ("ok", None, "n=the layer sizes as an array (its constructor reads its .size), "
                                    "self.h=its learning rate (what its updates scale by)"),
    "class_sizes_array_rate_h_updated_weights": ("mismatch", "stale-weights", "self.h=its learning rate"),
    "class_query_train_lists_outputs_list_ok": ("ok", None, "(no biases), 2 layers fixed by its constructor, "
                                                "column-major (x (features, batch), W (out, in)), one-hot labels"),
    "class_count_widths_flag_annotated_ok": ("ok", None, "hidden_layers=2 (its count of hidden layers, beside their "
                                             "widths)"),
    "class_act_fn_argument_ok": ("ok", None, "class ShallowNet: propagate(X), then backprop, parameters in "
                                 "attributes W1"),
    "class_act_fn_argument_log10": ("mismatch", "scaled-gradient", "class ShallowNet: propagate(X)"),
    "class_local_jacobians_upstream_ok": ("ok", None, "backward stores gradients on the instance, `dL_dscores` "
                                          "given by xval"),
    "class_local_jacobians_upstream_no_gate": ("mismatch", "relu-gate", "backward stores gradients on the instance"),
    "class_output_first_tuple_to_hot_ok": ("ok", None, "integer labels; backward returns gradients"),
    "class_output_first_tuple_to_hot_no_slope": ("mismatch", "activation-derivative", "integer labels; backward "
                                                 "returns gradients"),
    "class_momentum_required_folded_grads_ok": ("ok", None, "momentum_rate=0 (momentum off: one step is the "
                                                "gradient's, as the oracles take it)"),
    "class_momentum_required_folded_grads_wrong_column": ("mismatch", "gradient-mismatch", "momentum_rate=0"),
    "objects_module_delta_update_ok": ("ok", None, "forward then backward_delta; the probabilities are not "
                                       "exposed), row-major (x (batch, features), W (in, out)), biases (1, n); "
                                       "gradients read from each Lineaire's _gradient, _gradient_bias"),
    "objects_module_delta_update_tanh_of_z": ("mismatch", "layer-function", "forward then backward_delta"),
    "objects_module_delta_update_mse_module_ok": ("ok", None, "forward then backward_delta"),
    "functions_per_sample_outer_ok": ("ok", None, "backprop returns gradients for one sample (a vector; called on "
                                      "each sample, the batch's gradient the mean of theirs)"),
    "functions_per_sample_outer_no_gate": ("mismatch", "relu-gate", "backprop returns gradients for one sample"),
    "functions_filled_dicts_data_globals_ok": ("ok", None, "the module's `Y_data` it reads bound to the batch "
                                               "checked"),
    "functions_filled_dicts_data_globals_tanh_of_z": ("mismatch", "activation-derivative", "the module's `Y_data` it "
                                                      "reads bound to the batch checked"),
    "class_numbered_hidden_args_ok": ("ok", None, "parameters in attributes w_input_1 .. (no biases), 3 layers fixed "
                                      "by its constructor"),
    "class_numbered_hidden_args_error_unsloped": ("mismatch", "gradient-mismatch", "parameters in attributes "
                                                  "w_input_1 .. (no biases)"),
    "class_homework_dims_outer_grads_ok": ("ok", None, "backward stores gradients on the instance, on one sample "
                                           "per call"),
    "class_homework_dims_outer_grads_no_slope": ("mismatch", "activation-derivative", "backward stores gradients on "
                                                 "the instance, on one sample per call"),
    "functions_layer_sizes_arg_ok": ("ok", None, "`layer_sizes` given the sizes checked (input to output)"),
    "functions_layer_sizes_arg_no_mean": ("mismatch", "scaled-gradient", "`layer_sizes` given the sizes checked"),
    "functions_filled_dicts_data_globals_returns_all_ok": ("ok", None, "the module's `Y_data` it reads bound to "
                                                           "the batch checked"),
    "functions_batch_walking_outer_ok": ("ok", None, "retropropagacion(X, Y, W1, b1, W2, b2), unpacked arguments, 2 "
                                         "layers from its signature, row-major"),
    "objects_softmax_takes_labels_ok": ("ok", None, "loss gradient: the file's Softmax.backward(labels)"),
    "objects_softmax_takes_labels_no_mean": ("mismatch", "layer-function", "loss gradient: the file's "
                                             "Softmax.backward(labels)"),
    "class_spanish_sizes_cost_derivatives_ok": ("ok", None, "class RedNeuronal: propagar(X), then retropropagacion, "
                                                "parameters in lists pesos, sesgos"),
    "class_spanish_sizes_cost_derivatives_slope_of_a": ("mismatch", "activation-derivative", "class RedNeuronal"),
    "functions_dal_argument_caches_ok": ("ok", None, "`dAL` given by xval: the checked loss's gradient at the output "
                                         "activation"),
    "functions_dal_argument_caches_bias_total": ("mismatch", "bias-total-sum", "`dAL` given by xval"),
    "functions_dal_argument_caches_linear_cache_ok": ("ok", None, "`dAL` given by xval"),
    "class_book_squared_error_delta_ok": ("ok", None, "train updates its parameters in place"),
    "class_book_squared_error_delta_raw_errors": ("mismatch", "activation-derivative", "train updates its "
                                                     "parameters"),
    "class_typed_aliases_generator_ok": ("ok", None, "parameters in (weight, bias) pairs in layers"),
    "class_typed_aliases_generator_no_gate": ("mismatch", "relu-gate", "parameters in (weight, bias) pairs in layers"),
    "class_book_squared_error_delta_summed": ("mismatch", "scaled-gradient", "train updates its parameters"),
    "class_book_squared_error_delta_no_loss": ("mismatch", "loss-mismatch", "train updates its parameters"),
    "class_book_squared_error_delta_no_loss_stale": ("mismatch", "loss-mismatch", "train updates its parameters"),
    "class_per_sample_delta_lists_ok": ("ok", None, "on one sample per call"),
    "class_per_sample_delta_lists_slope_of_a": ("mismatch", "activation-derivative", "on one sample per call"),
    "class_portuguese_nodes_train_vectors_ok": ("ok", None, "class RedeNeural: consultar(X), then treinar_rede"),
    "class_portuguese_nodes_train_vectors_updated_weights": ("mismatch", "stale-weights", "then treinar_rede"),
    "class_forward_store_flag_ok": ("ok", None, "class Network: forward(X), then backprop"),
    "class_forward_store_flag_no_slope": ("mismatch", "activation-derivative", "then backprop"),
    "class_whole_step_own_name_ok": ("ok", None, "then apply_batch, parameters in lists W, B"),
    "class_whole_step_own_name_update_in_loop": ("mismatch", "update-rule", "then apply_batch"),
    "class_sgd_each_sample_ok": ("ok", None, "then backprop, parameters in lists weights, biases"),
    "class_sgd_each_sample_no_slope": ("mismatch", "activation-derivative", "on one sample per call"),
    "class_sample_column_targets_ok": ("ok", None, "one-hot labels as columns (K, 1); gradient returns gradients, on one sample per call"),
    "class_sample_column_targets_relu_value": ("mismatch", "gradient-mismatch", "one-hot labels as columns (K, 1)"),
    "class_kwargs_placeholder_lists_ok": ("ok", None, "parameters in lists W, b from index 1 (placeholders first), `options` a dict of settings"),
    "class_kwargs_placeholder_lists_tanh_slope": ("mismatch", "gradient-mismatch", "from index 1 (placeholders first)"),
    "class_u_z_names_ok": ("ok", None, "then gradient, parameters in the dict params"),
    "class_u_z_names_slope_on_u": ("mismatch", "activation-derivative", "then gradient"),
    "objects_kept_derivative_names_ok": ("ok", None, "results read from self.out, self.deriv_x, self.delta_in"),
    "objects_kept_derivative_names_no_mean": ("mismatch", "layer-function", "loss gradient: the file's SoftmaxCrossEntropy.backward()"),
    "class_shape_args_scalar_output_ok": ("ok", None, "`output_shape` with one output unit as its own call builds it"),
    "class_shape_args_scalar_output_no_slope": ("mismatch", "activation-derivative", "then update_weights"),
    "class_activation_dict_zip_ok": ("ok", None, "activation_mode='tanh' (a key of the dict its __init__ looks it up in)"),
    "class_activation_dict_zip_slope_on_output": ("mismatch", "activation-derivative", "activation_mode='tanh'"),
    "class_dict_no_bias_ok": ("ok", None, "parameters in the dict params (no biases), column-major"),
    "class_dict_no_bias_no_mean": ("mismatch", "scaled-gradient", "parameters in the dict params (no biases)"),
    "objects_propagation_names_ok": ("ok", None, "Activation(tanh, tanh_prime) composed by xval"),
    "objects_propagation_names_updated_weights": ("mismatch", "layer-function", "forward_propagation then backward_propagation"),
    "script_permuted_sample_ok": ("ok", None, "run once on one sample at a time"),
    "script_permuted_sample_no_slope": ("mismatch", "activation-derivative", "run once on one sample at a time"),
    "script_vector_sample_ok": ("ok", None, "one sample at a time (its own data is one sample)"),
    "script_vector_sample_updated_weights": ("mismatch", "stale-weights", "one sample at a time (its own data is one sample)"),
    "functions_batch_count_arg_ok": ("ok", None, "backprop(x, y, params, cache, batch)"),
    "functions_batch_count_arg_bias_total": ("mismatch", "bias-total-sum", "backprop(x, y, params, cache, batch)"),
    "class_polish_names_ok": ("ok", None, "parameters in lists wagi, biasy"),
    "class_polish_names_no_mean": ("mismatch", "scaled-gradient", "parameters in lists wagi, biasy"),
    "class_cost_class_arg_ok": ("ok", None, "cost_class=LogLoss (the file's own loss class)"),
    "class_cost_class_arg_slope_in_delta": ("mismatch", "loss-mismatch", "cost_class=LogLoss (the file's own loss class)"),
    "funciones_una_salida_ok": ("ok", None, "one output unit (its own call of inicializar_parametros() gives `n_salidas` 1)"),
    "funciones_una_salida_no_sigmoid_slope": ("mismatch", "loss-mismatch", "one output unit (its own call of inicializar_parametros() gives `n_salidas` 1)"),
    "class_size_activation_pairs_ok": ("ok", None, "((size, activation) pairs, the activations in the file's spelling)"),
    "class_size_activation_pairs_bias_total": ("mismatch", "bias-total-sum", "(size, activation) pairs"),
    "objects_hungarian_ok": ("ok", None, "gradients read from each DenseLayer's dGrads['mW'], dGrads['vB']"),
    "objects_hungarian_bias_mean": ("mismatch", "layer-function", "layer objects DenseLayer, ReluLayer composed by xval"),
    "unusable_class_weights_copy": ("unusable", None, "class Classifier: its forward gives the same output when the weights xval found (in the dict params) are halved"),
    "functions_teacher_signal_ok": ("ok", None, "`d` the labels (gradients subtracts it from the output)"),
    "functions_teacher_signal_slope_of_z": ("mismatch", "activation-derivative", "`d` the labels (gradients subtracts it from the output)"),
    "script_momento_factor_ok": ("ok", None, "module-level weights pesos0, pesos1 (its own 3-5-2 layers), input `entradas`, labels `saidas`, output `camada_saida`, rate `taxa_aprendizagem`"),
    "script_momento_factor_no_hidden_slope": ("mismatch", "activation-derivative", "module-level weights pesos0, pesos1 (its own 3-5-2 layers)"),
    "fonksiyonlar_turkce_ok": ("ok", None, "functions ileri_yayilim(X, W1, b1, W2, b2) and geri_yayilim(X, Y, Z1, A1, A2, W2), unpacked arguments"),
    "fonksiyonlar_turkce_no_relu_gate": ("mismatch", "relu-gate", "functions ileri_yayilim(X, W1, b1, W2, b2) and geri_yayilim"),
    "class_layer_named_weights_ok": ("ok", None, "class Perceptron2: run(X), then train, parameters in attributes weights_hidden_layer .. (no biases)"),
    "class_layer_named_weights_stale": ("mismatch", "stale-weights", "parameters in attributes weights_hidden_layer .. (no biases)"),
    "class_data_kept_loss_sets_count_ok": ("ok", None, "yy=labels, as its own call's `train_labels`"),
    "class_data_kept_loss_sets_count_no_relu_gate": ("mismatch", "relu-gate", "cost(output) first (backward reads what it sets)"),
    "functions_layer_list_two_deep_ok": ("ok", None, "its own 784-48-10 layers (the layer list it writes down; full_backward raised at 3 layers)"),
    "functions_layer_list_two_deep_bias_total_sum": ("mismatch", "bias-total-sum", "its own 784-48-10 layers (the layer list it writes down"),
    "netzwerk_deutsch_ok": ("ok", None, "class Netz: vorwärts_durchlauf(X), then rückwärts_durchlauf, parameters in layer objects erste, zweite"),
    "netzwerk_deutsch_unscaled": ("mismatch", "scaled-gradient", "rückwärts_durchlauf stores gradients on the instance"),
    "functions_layer_list_two_deep_relu_of_input": ("mismatch", "gradient-mismatch", "its own 784-48-10 layers (the layer list it writes down"),
    "tanhout_ok": ("ok", None, "class TanhNet: forward(X), then backward"),
    "tanhout_no_output_derivative": ("mismatch", "activation-derivative", "class TanhNet"),
    "tanhout_bias_total_sum": ("mismatch", "bias-total-sum", "class TanhNet"),
    "reluout_ok": ("ok", None, "functions forward(X, params) and backward(params, cache, target)"),
    "reluout_no_output_gate": ("mismatch", "activation-derivative", "functions forward(X, params)"),
    "class_zip_step_ok": ("ok", None, "self.step_scale=its learning rate (what its updates scale by)"),
    "class_zip_step_bias_total_sum": ("mismatch", "bias-total-sum", "class Net: forward(X), then learn"),
    "functions_keyword_only_ok": ("ok", None, "back_prop(Z1, A1, A2, W1, W2, X, Y, lambd)"),
    "functions_keyword_only_bias_total_sum": ("mismatch", "bias-total-sum", "lambd passed the L2 strength checked"),
    "layer_objects_built_decay_ok": ("ok", None, "`weight_decay` passed to Linear(): the L2 strength checked"),
    "objects_adder_ok": ("ok", None, "the step through its container Model() and .add(layer) for each layer"),
    "objects_adder_bias_total_sum": ("mismatch", "layer-function", "Model() and .add(layer) for each layer"),
    "layer_objects_penalty_ok": ("ok", None, "`weight_decay` passed to Linear(): the L2 strength checked"),
    "layer_objects_penalty_half": ("mismatch", "weight-decay", "`weight_decay` passed to Linear()"),
    "class_record_loop_ok": ("ok", None, "train updates its parameters in place, run for one epoch"),
    "class_record_loop_assigned": ("mismatch", "gradient-mismatch", "train updates its parameters in place, run for "
                                   "one epoch"),
    "functions_static_namespace_ok": ("ok", None, "functions forward(X, params) and backward(cache, params, y)"),
    "functions_static_namespace_bias_total_sum": ("mismatch", "bias-total-sum", "functions forward(X, params)"),
    "functions_packed_ok": ("ok", None, "one flat vector `theta` of 19690 values that unpack() unpacks, its own "
                            "784-24-24-10 layers"),
    "functions_packed_no_gate": ("mismatch", "relu-gate", "unpack() unpacks"),
    "functions_packed_args_ok": ("ok", None, "its own 784-20-20-10 layers, column-major"),
    "functions_packed_args_bias_total_sum": ("mismatch", "bias-total-sum", "unpack() unpacks"),
    "cs231n_two_layer_reg_ok": ("ok", None, "`reg` passed the L2 strength checked"),
    "cs231n_two_layer_reg_bias_decay": ("mismatch", "weight-decay", "CS231n style"),
    "cs231n_two_layer_reg_missing": ("mismatch", "weight-decay", "CS231n style"),
    "script_epoch_inline_softmax_ok": ("ok", None, "output not read (no name holds the probabilities)"),
    "script_epoch_overwritten_softmax_ok": ("ok", None, "output not read (no name holds the probabilities)"),
    "script_epoch_named_sum_softmax_ok": ("ok", None, "output not read (no name holds the probabilities)"),
    "script_epoch_inline_softmax_no_gate": ("mismatch", "relu-gate", "function nn_epoch"),
    "script_rate_after_gradient_ok": ("ok", None, "output `proba`, rate `vitesse`, row-major"),
    "script_rate_after_gradient_bias_summed": ("mismatch", "bias-total-sum", "rate `vitesse`"),
    "class_activation_classes_given_ok": ("ok", None, "constructed with activations Tanh, Softmax (its own), "
                                          "self.gain=its learning rate (what its updates scale by)"),
    "class_activation_classes_given_bias_summed": ("mismatch", "bias-total-sum", "constructed with activations Tanh, "
                                                   "Softmax (its own)"),
    "script_bias_trick_ok": ("ok", None, "module-level weights theta1, theta2 (its own 4-6-3 layers), input `X`, "
                             "labels `Y`, output `P`, rate `alpha`, row-major (x (batch, features)), biases folded "
                             "into the weights as row 0 of (in + 1, out), ones added by the file"),
    "script_bias_trick_averaged_twice": ("mismatch", "scaled-gradient", "biases folded into the weights as row 0"),
    "script_bias_trick_forward_last_ok": ("ok", None, "module-level weights V, W (its own 3-5-1 layers), input `X`, "
                                          "labels `T`, output `out`, rate `rate`, row-major (x (batch, features)), "
                                          "biases folded into the weights as the last row of (in + 1, out)"),
    "script_bias_trick_forward_last_no_hidden_slope": ("mismatch", "activation-derivative", "biases folded into the "
                                                       "weights as the last row of (in + 1, out)"),
    "objects_grad_pair_ok": ("ok", None, "gradients read from each Affine's grad[0], grad[1]"),
    "objects_grad_pair_bias_mean": ("mismatch", "layer-function", "layer objects Affine, Tanh composed by xval"),
    "dict_output_named_out_ok": ("ok", None, "functions forward_pass(X, params) and backward_pass(A_out, Y, caches, "
                                 "params), a params dict, column-major"),
    "dict_output_named_out_no_gate": ("mismatch", "relu-gate", "functions forward_pass(X, params)"),
    "objects_batch_trained_ok": ("ok", None, "gradients read from each Dense's update by its backward(dout, "
                                 "learning_rate)"),
    "objects_batch_trained_bias_per_sample": ("mismatch", "raised", "layer objects Dense, Sigmoid composed by xval"),
    "class_sizes_named_hidden_ok": ("ok", None, "hidden_dims=[784, 48, 40, 10] (every layer's size: its constructor "
                                    "takes no input or output size)"),
    "class_sizes_named_hidden_no_slope": ("mismatch", "activation-derivative", "class Net: forward(X), then backward"),
    "script_unit_chosen_by_input_ok": ("ok", None, "functions forward(x, W1, b1, W2, b2, W3, b3) and back_propagate(x, "
                                       "target, s1, h1, s2, h2, s3, W1, b1, W2, b2, W3, b3, eta)"),
    "script_unit_chosen_by_input_half": ("mismatch", "scaled-gradient", "functions forward(x, W1, b1, W2, b2, W3, b3)"),
    "script_bias_on_own_line_ok": ("ok", None, "module-level weights firstWeights/firstlayerBias, "
                                   "secondWeights/secondlayer_bias (its own 3-5-2 layers)"),
    "script_bias_on_own_line_never_stepped": ("mismatch", "not-updated", "module-level weights firstWeights/"
                                              "firstlayerBias, secondWeights/secondlayer_bias"),
    "objects_hidden_and_score_classes_ok": ("ok", None, "its activation built in: RectifiedDense(n_in, n_out) for "
                                            "each hidden layer (relu of its affine map), ScoreDense(n_in, n_out) for "
                                            "the scores"),
    "objects_hidden_and_score_classes_bias_ungated": ("mismatch", "relu-gate", "layer objects RectifiedDense/"
                                                      "ScoreDense composed by xval"),
    "tuple_numbered_from_zero_ok": ("ok", None, "a params tuple unpacked as (W0, b0, W1, b1, W2, b2), 3 layers"),
    "tuple_numbered_from_zero_averaged_twice": ("mismatch", "scaled-gradient", "functions forward_pass(X, params) "
                                                "and back_pass(Y, P, cache)"),
    "class_fit_builds_reversed_lists_ok": ("ok", None, "class Classifier: forward(X), then backward, parameters in "
                                           "lists weights, biases"),
    "class_fit_builds_reversed_lists_bias_mean": ("mismatch", "scaled-gradient", "class Classifier: forward(X)"),
    "class_fit_sizes_from_one_hot_ok": ("ok", None, "constructed with what its fit does before its loop, on a probe "
                                        "batch"),
    "class_fit_sizes_from_one_hot_no_slope": ("mismatch", "activation-derivative", "class OneHotNet: forward(X)"),
    "holders_step_function_ok": ("ok", None, "function paso(red, X, Y, coste, tasa): one step on a list of Estrato "
                                 "(each built with (n_in, n_out, activation pair), holding W and b), hidden layers "
                                 "built with `tanh`, the output layer with `sigmoid`, its cost pair passed"),
    "holders_step_function_bias_mean": ("mismatch", "scaled-gradient", "function paso(red, X, Y, coste, tasa)"),
    "script_pairs_picked_at_random_ok": ("ok", None, "as the (input, target) pair it takes from `samples`"),
    "script_pairs_picked_at_random_slope_of_z": ("mismatch", "activation-derivative", "as the (input, target) pair"),
    "class_desired_output_d_ok": ("ok", None, "class Perceptron2Capas: forward(X), then entrenar"),
    "class_desired_output_d_stale": ("mismatch", "stale-weights", "class Perceptron2Capas: forward(X), then entrenar"),
    "script_outer_by_broadcast_ok": ("ok", None, "rate 1 (its updates multiply by no rate)"),
    "script_outer_by_broadcast_raw_error_back": ("mismatch", "activation-derivative",
                                                 "rate 1 (its updates multiply by no rate)"),
    "class_hidden_stack_load_flag_ok": ("ok", None, "saved=None (its constructor reads it only when `from_saved`"),
    "class_hidden_stack_load_flag_no_slope": ("mismatch", "activation-derivative", "hid_layers=1 (its count of"),
    "class_loads_its_data_ok": ("ok", None, "xval's probe batch as its `inputs`, `targets`"),
    "class_loads_its_data_summed": ("mismatch", "scaled-gradient", "xval's probe batch as its `inputs`, `targets`"),
    "objects_skipped_softmax_ok": ("ok", None, "layer objects FullyConnected, Rectifier composed by xval"),
    "objects_skipped_softmax_stale": ("mismatch", "layer-function", "layer objects FullyConnected, Rectifier composed "
                                      "by xval"),
    "class_indexed_sample_error_ok": ("ok", None, "`self.err = out - onehot[k:k + 1]` run first, as its train runs "
                                      "it between its forward and backward"),
    "class_indexed_sample_error_no_gate": ("mismatch", "relu-gate", "`self.err = out - onehot[k:k + 1]` run first"),
    "class_fit_inserts_input_size_ok": ("ok", None, "constructed with what its fit does before its loop, on a probe "
                                        "batch, the batch size set as self.n before each call"),
    "class_fit_inserts_input_size_slope_of_z": ("mismatch", "activation-derivative", "the batch size set as self.n"),
    "class_set_xy_wrt_grads_ok": ("ok", None, "the batch set as self.targets before each call"),
    "class_set_xy_wrt_grads_unaveraged": ("mismatch", "scaled-gradient", "the batch set as self.targets before each "
                                          "call"),
    "class_first_bias_two_hidden_ok": ("ok", None, "(the first layer's bias folded in as its last row, the ones "
                                       "joined by its code in forward; no bias after it), 3 layers fixed by its "
                                       "constructor (its own 784-48-48-10)"),
    "class_first_bias_two_hidden_no_slope": ("mismatch", "activation-derivative", "3 layers fixed by its constructor"),
    "class_layer_list_no_bias_ok": ("ok", None, "parameters in layer objects in layers (no biases), n_layers=the layer "
                                    "sizes (its code takes their number and each item)"),
    "class_layer_list_no_bias_stale": ("mismatch", "stale-weights", "parameters in layer objects in layers (no "
                                       "biases)"),
    "script_momento_factor_lost_step": ("mismatch", "not-updated", "module-level weights pesos0, pesos1 (its own 3-5-2 "
                                        "layers)"),
    "class_linear_first_layer_ok": ("ok", None, "on one sample per call (backward gives one sample's gradients)"),
    "class_linear_first_layer_gated": ("mismatch", "activation-derivative", "class NeuralNetwork"),
    "functions_params_tuple_ok": ("ok", None, "a params tuple unpacked as (W1, b1, W2, b2), 2 layers (the tuple it "
                                  "unpacks)"),
    "functions_params_tuple_no_gate": ("mismatch", "relu-gate", "a params tuple unpacked as (W1, b1, W2, b2)"),
    "layers_two_layer_tuple_ok": ("ok", None, "functions two_layer_forward(x, params) and two_layer_backward(dout, "
                                  "cache), a params tuple"),
    "layers_two_layer_tuple_bias_total_sum": ("mismatch", "bias-total-sum", "two_layer_backward(dout, cache)"),
    "class_course_adam_state_ok": ("ok", None, "parameters in the dict params, opt=None (its constructor never "
                                   "reads it)"),
    "class_course_adam_state_batch_only": ("mismatch", "scaled-gradient", "parameters in the dict params"),
    "class_alpha_beta_ok": ("ok", None, "class NN: nnforward(X), then nnbackward, parameters in attributes alpha_w"),
    "class_alpha_beta_no_sigmoid_slope": ("mismatch", "activation-derivative", "class NN: nnforward(X)"),
    "class_string_options_ok": ("ok", None, "output='softmax' (the notebook's output, one its code offers), "
                                "loss='cross_entropy' (the notebook's loss, one its code offers)"),
    "class_string_options_not_averaged": ("mismatch", "scaled-gradient", "class ConfigurableNet"),
    "class_output_switch_ok": ("ok", None, "activation='softmax' (the notebook's output, one its code offers), the "
                               "batch set as self.feed['x'] and self.feed['t'] before each call"),
    "class_output_switch_no_gate": ("mismatch", "relu-gate", "class TwoLayer"),
    "unusable_softmax_one_output": ("unusable", None, "which over one unit is 1 whatever its input: cross-entropy "
                                    "has no second class"),
    "script_row_vectors_ok": ("ok", None, "one sample at a time, each a vector (n,) (its code runs so, not on (n, 1) "
                              "columns)"),
    "script_row_vectors_no_gate": ("mismatch", "relu-gate", "each a vector (n,)"),
    "class_comprehension_descent_ok": ("ok", None, "backprop returns gradients, read as minus the gradient (the "
                                       "update at line 42 adds it)"),
    "class_comprehension_descent_not_averaged": ("mismatch", "scaled-gradient", "read as minus the gradient"),
    "class_shared_activation_ok": ("ok", None, "constructed with activations 'sigmoid', 'softmax' (its own names)"),
    "class_shared_activation_no_slope": ("mismatch", "activation-derivative", "class LayeredNet"),
    "class_dataclass_cache_ok": ("ok", None, "class Classifier: forward(X) (the scores: the class applies its softmax "
                                 "elsewhere), then backward_batch"),
    "class_dataclass_cache_slope_of_z": ("mismatch", "activation-derivative", "then backward_batch"),
    "class_column_sample_ok": ("ok", None, "backprop returns gradients, on one sample per call (backprop gives one "
                               "sample's gradients)"),
    "class_column_sample_no_hidden_slope": ("mismatch", "activation-derivative", "on one sample per call"),
    "class_letter_weights_no_bias_ok": ("ok", None, "parameters in attributes w_ih, w_hh, w_ho (by their shapes; no "
                                        "biases), 3 layers fixed by its constructor"),
    "class_letter_weights_no_bias_no_output_slope": ("mismatch", "activation-derivative", "w_ih, w_hh, w_ho"),
    "class_body_weights_ok": ("ok", None, "parameters in attributes w, v (by their shapes; no biases)"),
    "class_body_weights_no_hidden_slope": ("mismatch", "activation-derivative", "attributes w, v"),
    "dict_place_named_outputs_ok": ("ok", None, "functions propagate(feature_matrix, net) and backpropagate("
                                    "feature_matrix, expected, output_values, net), a params dict"),
    "dict_place_named_outputs_tanh_slope": ("mismatch", "activation-derivative", "a params dict"),
    "script_one_sample_mean_loss_ok": ("ok", None, "run on the whole batch (its own data is one sample, but your "
                                       "mean_cross_entropy averages over the samples)"),
    "script_one_sample_mean_loss_not_averaged": ("mismatch", "scaled-gradient", "run on the whole batch (its own "
                                                 "data is one sample"),
    "script_ascent_mean_ok": ("ok", None, "run once on the whole batch, module-level weights W1/b1, W2/b2"),
    "script_ascent_mean_summed_no_gate": ("mismatch", "scaled-gradient", "run once on the whole batch"),
    "class_cache_pair_ok": ("ok", None, "class DeepClassifier: forward(X), then backward, parameters in lists W, b"),
    "class_cache_pair_bias_mean": ("mismatch", "scaled-gradient", "class DeepClassifier: forward(X), then backward"),
    "cs231n_loops_halved_term_ok": ("ok", None, "loss returns gradients, `reg` passed the L2 strength checked"),
    "class_grads_then_step_ok": ("ok", None, "class TinyNet: forward(X), then cost_and_gradients"),
    "class_grads_then_step_no_gate": ("mismatch", "relu-gate", "class TinyNet: forward(X), then cost_and_gradients"),
    "objects_nested_classes_ok": ("ok", None, "layer objects Affine, Tanh composed by xval"),
    "objects_nested_classes_slope_of_input": ("mismatch", "layer-function", "layer objects Affine, Tanh composed by "
                                              "xval"),
    "epoch_function_argparse_ok": ("ok", None, "rate `args.lr`, row-major"),
    "epoch_function_argparse_bias_mean": ("mismatch", "scaled-gradient", "rate `args.lr`, row-major"),
    "class_placed_weight_names_sizes_d_h_ok": ("ok", None, "class TwoLayerNet: forward(X), then train, parameters "
                                               "in attributes hidden_weights"),
    "objects_loss_on_probabilities_ok": ("ok", None, "loss gradient: the file's Activation_Softmax.backward(Loss_CrossEntropy.backward(probabilities, labels))"),
    "objects_loss_on_probabilities_softmax_twice": ("mismatch", "loss-mismatch", "loss gradient: the file's Activation_Softmax.backward(Loss_CrossEntropy.backward(probabilities, labels))"),
    "script_nan_loss_skip_ok": ("ok", None, "run once on a batch (`X_train` for the mini-batch of `start`)"),
    "script_nan_loss_skip_sign_gate": ("mismatch", "relu-gate", "run once on a batch (`X_train` for the mini-batch of `start`)"),
    "objects_named_layers_ok": ("ok", None, "layer objects FullyConnected, Tanh composed by xval"),
    "objects_named_layers_tanh_of_input": ("mismatch", "layer-function", "loss gradient: the file's CrossEntropyWithSoftmax.backward()"),
    "objects_short_act_names_ok": ("unusable", None, "feeds them a loss gradient of its own (line 48: `grad = "
                                   "head.dinputs`) that xval does not run"),
    "objects_short_act_names_no_slope": ("mismatch", "layer-function", "layer objects Layer, Act_Tanh composed by xval"),
    "objects_optimizer_step_ok": ("ok", None, "the step: Optimizer_SGD.update_params(layer) at learning rate 1"),
    "objects_optimizer_step_bias_ascent": ("mismatch", "scaled-gradient", "the step: Optimizer_SGD.update_params(layer) at learning rate 1"),
    "functions_batchnorm_switch_ok": ("ok", None, "use_batchnorm=False, use_dropout=False passed (dropout and batch normalisation off)"),
    "functions_batchnorm_switch_bias_total_sum": ("mismatch", "bias-total-sum", "use_batchnorm=False, use_dropout=False passed"),
    "functions_batchnorm_switch_numbered_dicts_ok": ("ok", None, "two dicts keyed by the layer number from 1 ('W', 'b')"),
    "functions_batchnorm_switch_binary_cost": ("mismatch", "loss-mismatch", "use_batchnorm=False, use_dropout=False passed"),
    "functions_no_bias_update_ok": ("ok", None, "unpacked arguments, 2 layers from its signature, row-major (x (batch, features), W (in, out)), no biases"),
    "functions_no_bias_update_no_out_slope": ("mismatch", "loss-mismatch", "no biases"),
    "class_config_dataclass_ok": ("ok", None, "`cfg` an object of settings ('n_hidden', 'n_outputs', 'n_inputs', 'lr' set for the check)"),
    "class_config_dataclass_hidden_bias_mean": ("mismatch", "scaled-gradient", "`cfg` an object of settings"),
    "class_unit_dicts_ok": ("ok", None, "layers=[{'units': 784, 'activation': 'relu'}, {'units': 48, 'activation': 'relu'}]... (one dict per layer, read from the keys its code reads)"),
    "class_unit_dicts_no_gate": ("mismatch", "relu-gate", "(one dict per layer, read from the keys its code reads)"),
    "class_deltas_then_update_ok": ("ok", None, "backward returns nothing and keeps what it computes, which update(lr) applies"),
    "class_deltas_then_update_biases_kept": ("mismatch", "not-updated", "which update(lr) applies"),
    "objects_base_call_keeps_input_ok": ("ok", None, "layer objects Dense, Relu composed by xval (affine + Relu per hidden layer, affine for the scores; __call__ then backward"),
    "objects_base_call_keeps_input_bias_mean": ("mismatch", "layer-function", "__call__ then backward"),
    "objects_pair_scalar_relu_ok": ("ok", None, "Activation(tanh, tanh_grad) composed by xval"),
    "objects_pair_scalar_relu_tanh_grad_of_z": ("mismatch", "layer-function", "on one sample per call"),
    "objects_dense_holds_activation_ok": ("ok", None, "its activation built in: Dense(n_in, n_out, activation=ReLU) for each hidden layer, Dense(n_in, n_out) with xval's identity for the scores"),
    "objects_dense_holds_activation_objects_ok": ("ok", None, "Dense(n_in, n_out, activation=Sigmoid()) for each hidden layer"),
    "objects_dense_holds_activation_relu_gate_on_grad": ("mismatch", "gradient-mismatch", "activation=ReLU"),
    "perparam_loglik_ascent_ok": ("ok", None, "derivative_w2 + derivative_b2 + derivative_w1 + derivative_b1 returns minus the gradient (read as such: the update at line"),
    "perparam_loglik_ascent_mean_cost": ("mismatch", "scaled-gradient", "returns minus the gradient"),
    "perparam_loglik_descent": ("mismatch", "scaled-gradient", "derivative_w2 + derivative_b2 + derivative_w1 + derivative_b1 returns gradients"),
    "arch_functions_lower_fkeys_ok": ("ok", None, "functions full_forward(X, params, layers) and full_backward(Y_hat, Y, memory, "),
    "objects_dense_named_activation_ok": ("ok", None, "its activation built in: Dense(n_in, n_out, activation='relu') for each hidden layer, Dense(n_in, n_out) with activation='linear' for the scores"),
    "objects_dense_named_activation_no_gate": ("mismatch", "relu-gate", "activation='relu'"),
    "dict_cache_short_names_ok": ("ok", None, "functions forwProp(X, params) and bwd_pass(params, cache, X, y)"),
    "dict_cache_short_names_bias_mean": ("mismatch", "scaled-gradient", "forwProp(X, params)"),
    "objects_loss_pair_ok": ("ok", None, "loss gradient: the file's cross_entropy_deriv(labels, softmax(scores))"),
    "objects_loss_pair_not_averaged": ("mismatch", "scaled-gradient", "its loss cross_entropy"),
    "objects_course_skeleton_uniform_returns_ok": ("ok", None, "nn_linear_layer's backprop return value, (dW, db, dx)"),
    "objects_course_skeleton_uniform_returns_tanh_of_input": ("mismatch", "layer-function", "nn_activation_layer"),
    "class_abbreviated_names_ok": ("ok", None, "class Net: feed_forward(X), then train_step, parameters in attributes weights_ih"),
    "class_abbreviated_names_bias_total_sum": ("mismatch", "bias-total-sum", "parameters in attributes weights_ih"),
    "dict_cache_upstream_named_seed_ok": ("ok", None, "the file's own `dout = (pred - target) / len(x)` at line "),
    "binary_class_loss_without_negatives": ("mismatch", "loss-mismatch", "class BinaryMLP"),
    "class_predict_argmax_fit_ok": ("ok", None, "predict read up to its argmax (line "),
    "class_predict_argmax_fit_tanh_of_z": ("mismatch", "activation-derivative", "predict read up to its argmax"),
    "class_units_added_ok": ("ok", None, "its layers added as the file adds them (add(Dense(...)) for each layer, at "
                             "the checked sizes), what its fit does before its loop, on a probe batch"),
    "class_units_added_bias_mean": ("mismatch", "scaled-gradient", "its layers added as the file adds them"),
    "class_skeleton_num_step_ok": ("ok", None, "then backward, parameters in attributes W1 .., 3 layers fixed by its "
                                   "constructor (its own 2-48-48-1)"),
    "class_skeleton_num_step_no_output_slope": ("mismatch", "loss-mismatch",
                                                "run first, as its train runs it between its forward and backward"),
    "class_skeleton_num_step_printed_without_half": ("mismatch", "scaled-gradient", "on one sample per call"),
    "class_course_folded_layers_ok": ("ok", None, "parameters in layer objects hidden, out (biases folded in as each "
                                      "matrix's first column, the ones joined by its code)"),
    "class_course_folded_layers_no_tanh_slope": ("mismatch", "activation-derivative", "layer objects hidden, out"),
    "class_units_added_propagate_names_ok": ("ok", None, "class Sequential: propagate_forward(X), then "
                                             "propagate_backward"),
    "tanhout_helper_ok": ("ok", None, "functions forward(x, params) and train_step(x, y, params, lr)"),
    "tanhout_helper_prime_of_a": ("mismatch", "activation-derivative", "functions forward(x, params)"),
    "tanhout_helper_out_prime_of_a": ("mismatch", "activation-derivative", "functions forward(x, params)"),
    "class_stacked_pairs_ok": ("ok", None, "class StackedNet: feedforward(X), then update_mini_batch"),
    "class_stacked_pairs_bias_unscaled": ("mismatch", "scaled-gradient", "then update_mini_batch"),
    "objects_lone_layer_ok": ("ok", None, "layer objects FullyConnected (the file's only layer; no activation of its "
                              "own, so xval's ReLU between them)"),
    "objects_lone_layer_bias_mean": ("mismatch", "layer-function", "layer objects FullyConnected (the file's only"),
    "class_act_fun_type_ok": ("ok", None, "class ShallowNet: feedforward(X), then backprop"),
    "class_act_fun_type_weights_summed": ("mismatch", "scaled-gradient", "class ShallowNet: feedforward(X)"),
    "class_layer_dropout_ok": ("ok", None, "3 layers fixed by its constructor, drop_p1=0.0 (dropout off), "
                               "drop_p2=0.0 (dropout off)"),
    "class_layer_dropout_bias_mean": ("mismatch", "scaled-gradient", "drop_p1=0.0 (dropout off)"),
    "class_scores_doc_softmax_ok": ("ok", None, "class ScoreNet: forward(X) (the scores: the class applies its softmax "
                                    "elsewhere), then backward"),
    "class_scores_doc_softmax_unaveraged": ("mismatch", "scaled-gradient", "class ScoreNet: forward(X) (the scores"),
    "class_scores_doc_softmax_named_ok": ("ok", None, "class ScoreNet: forward(X) (the scores: the class applies its "
                                          "softmax elsewhere), then backward"),
    "class_step_returns_loss_ok": ("ok", None, "class Regressor: forward(X), then step"),
    "class_step_returns_loss_half": ("mismatch", "scaled-gradient", "class Regressor: forward(X), then step"),
    "class_step_returns_loss_unrecorded_ok": ("ok", None, "class Regressor: forward(X), then step"),
    "unusable_lone_layer_applies_tanh": ("unusable", None, "TanhDense alone, whose forward is not x @ W + b"),
    "class_batch_backward_ok": ("ok", None, "class BatchModel: predict(X), then batch_backward"),
    "functions_scores_or_loss_ok": ("ok", None, "function deep_net(X, model, y, reg) (CS231n's net as a function: "
                                    "its scores when given no labels, (loss, grads) when given them), a params dict"),
    "functions_scores_or_loss_no_first_gate": ("mismatch", "gradient-mismatch",
                                               "function deep_net(X, model, y, reg)"),
    "functions_spec_keys_ok": ("ok", None, "functions full_forward_propagation(X, params_values, specs) and "
                               "full_backward_propagation(probs, Y, memory, params_values, specs), a params dict, "
                               "`specs` written like the file's own layer list at the checked sizes"),
    "functions_spec_keys_bias_total": ("mismatch", "bias-total-sum",
                                       "`specs` written like the file's own layer list at the checked sizes"),
    "class_held_labels_loss_ok": ("ok", None, "class BinaryNet: forward(X), then backward, parameters in the dict "
                                  "weights, 2 layers fixed by its constructor, the batch set as self.X and self.y"),
    "class_held_labels_loss_summed": ("mismatch", "scaled-gradient", "the batch set as self.X and self.y"),
    "class_sample_cost_ok": ("ok", None, "class SquaredNet: feedforward(X), then update_mini_batch"),
    "class_sample_cost_half": ("mismatch", "scaled-gradient",
                               "class SquaredNet: feedforward(X), then update_mini_batch"),
    "class_batch_backward_half": ("mismatch", "scaled-gradient", "class BatchModel: predict(X), then batch_backward"),
    "class_inputs_outputs_fit_ok": ("ok", None, "class Classifier: predict(X), then fit"),
    "class_inputs_outputs_fit_unaveraged": ("mismatch", "scaled-gradient", "class Classifier: predict(X), then fit"),
    "objects_log10_loss_layer_ok": ("ok", None, "layer objects Dense, Sigmoid composed by xval"),
    "objects_log10_loss_layer_mean": ("mismatch", "scaled-gradient", "layer objects Dense, Sigmoid composed by xval"),
    "layers_activation_steps_ok": ("ok", None, "layer functions linear_activation_forward, linear_activation_backward"),
    "layers_activation_steps_tanh_of_a": ("mismatch", "activation-derivative",
                                          "layer functions linear_activation_forward, linear_activation_backward"),
    "objects_sample_vector_layers_ok": ("ok", None, "on one sample per call (its backward raised on a batch"),
    "objects_sample_vector_layers_bias_unstepped": ("mismatch", "layer-function", "layer objects Affine, Logistic"),
    "class_reads_own_csv_ok": ("ok", None, "constructed with no data loading (raised FileNotFoundError"),
    "class_reads_own_csv_unaveraged": ("mismatch", "scaled-gradient", "class DigitNet: forward(X), then backward"),
    "functions_derivatives_only_ok": ("ok", None, "(the file has no forward: xval's forward(X, W1, b1, W2, b2)"),
    "functions_derivatives_only_bias_total": ("mismatch", "bias-total-sum",
                                              "tanh hidden units as grad_w1 differentiates"),
    "objects_self_updating_kit_ok": ("ok", None, "gradients read from each Dense's update by its backward(x, dout, "
                                     "learning_rate)"),
    "objects_self_updating_kit_output_again": ("mismatch", "layer-function", "Dense(n_in, n_out, act=Relu())"),
    "colmajor_cost_by_output_count_ok": ("ok", None, "functions forward_propagation(X, W1, b1, W2, b2)"),
    "colmajor_cost_by_output_count_unaveraged": ("mismatch", "scaled-gradient", "column-major"),
    "perparam_library_loglik_ok": ("ok", None, "returns minus the gradient (read as such: the file has no update of "
                                   "its own and its one loss is a log-likelihood"),
    "perparam_library_loglik_mean_b2": ("mismatch", "scaled-gradient", "returns minus the gradient"),
    "perparam_vc_names_ok": ("ok", None, "(its W read as W1, b read as b1, V read as W2, c read as b2, Y read as "
                             "Yhat)"),
    "perparam_vc_names_b_no_slope": ("mismatch", "activation-derivative", "V read as W2"),
    "class_rows_in_columns_inside_ok": ("ok", None, "row-major x (batch, features) used transposed (W @ x.T), W (out, "
                                        "in), the layers' values (n, batch)"),
    "class_rows_in_columns_inside_no_gate": ("mismatch", "relu-gate", "used transposed (W @ x.T)"),
    "class_data_count_threshold_ok": ("ok", None, "threshold=0 (its early-stopping threshold: never reached)"),
    "class_data_count_threshold_unaveraged": ("mismatch", "scaled-gradient", "self.n_train_samples (the count of the "
                                              "data it was built with) set to each batch's"),
    "class_label_columns_own_rate_ok": ("ok", None, "one-hot labels as a stack of columns (B, K, 1); backpropagate "
                                        "updates its parameters in place (at the rate it writes itself, 0.01)"),
    "class_label_columns_own_rate_unaveraged": ("mismatch", "scaled-gradient", "one-hot labels as a stack of columns"),
    "globals_one_sample_rate_ok": ("ok", None, "the module's rate `step_size` it reads set to each step's rate "
                                   "for one sample"),
    "globals_one_sample_rate_slope_of_z": ("mismatch", "gradient-mismatch", "the module's rate `step_size`"),
    "class_handed_columns_heldout_ok": ("ok", None, "X_val=probe inputs (its held-out data), Y_val=probe labels "
                                        "(its held-out data), the batch set as self.X and self.Y, its size as self.n"),
    "class_handed_columns_heldout_unaveraged": ("mismatch", "scaled-gradient", "the batch set as self.X and self.Y, "
                                                "its size as self.n before each call, column-major"),
    "functions_alpha_beta_folded_ok": ("ok", None, "functions forward_pass(X, labels, alpha, beta) and "
                                       "backward_pass(X, labels, alpha, beta, z, probs), unpacked arguments"),
    "functions_alpha_beta_folded_unaveraged": ("mismatch", "scaled-gradient", "biases folded into alpha"),
    "class_forward_gives_gradients_ok": ("ok", None, "class TwoLayer: inference(X), then forward"),
    "class_forward_gives_gradients_no_slope": ("mismatch", "relu-gate", "class TwoLayer: inference(X), then forward"),
    "functions_forward_object_columns_ok": ("ok", None, "`fwd_object` given what nn_forward returned"),
    "functions_forward_object_columns_summed": ("mismatch", "scaled-gradient", "one-hot labels as columns"),
    "objects_folded_linear_dw_ok": ("ok", None, "parameters in layer objects first, second (biases folded in as each "
                                    "matrix's first column"),
    "objects_folded_linear_dw_slope_twice": ("mismatch", "gradient-mismatch", "parameters in layer objects first"),
    "script_error_accumulated_ok": ("ok", None, "run once on one sample at a time, module-level weights w_in, w_out"),
    "script_error_accumulated_unhalved": ("mismatch", "scaled-gradient", "module-level weights w_in, w_out"),
    "class_private_methods_own_sizes_ok": ("ok", None, "constructed with weights made by its "
                                           "_Recognizer__init_params(784)"),
    "class_private_methods_own_sizes_unaveraged": ("mismatch", "scaled-gradient", "_Recognizer__init_params(784)"),
    "class_fit_sets_batch_momentum_ok": ("ok", None, "beta=0 (momentum off: each step the gradient's, as the "
                                         "oracles take it), the batch set as self.targets and self.inputs"),
    "class_fit_sets_batch_momentum_unaveraged": ("mismatch", "scaled-gradient", "the batch set as self.targets and "
                                                 "self.inputs before each call"),
    "class_count_from_train_ok": ("ok", None, "then backward, parameters in the dict weights, 2 layers fixed by "
                                  "its constructor, the batch size set as self.n_samples before each call"),
    "class_count_from_train_unaveraged": ("mismatch", "scaled-gradient", "then backward, parameters in the dict "
                                          "weights, 2 layers fixed by its constructor, the batch size set as"),
    "functions_unused_argument_ok": ("ok", None, "backward(labels, cache, W2, cost), unpacked arguments, 2 layers "
                                     "from its signature"),
    "functions_unused_argument_slope_one": ("mismatch", "relu-gate", "`cost` given None (never read)"),
    "class_star_args_shape_ok": ("ok", None, "class Perceptron: forward(X), then backward, parameters in lists "
                                 "weights, biases, sizes passed as *args"),
    "class_star_args_shape_slope_of_z": ("mismatch", "activation-derivative", "sizes passed as *args"),
    "objects_folded_append_one_ok": ("ok", None, "parameters in layer objects first, second (biases folded in as "
                                     "each matrix's first column, the ones joined by its code)"),
    "objects_folded_append_one_slope_of_out": ("mismatch", "gradient-mismatch", "parameters in layer objects first, "
                                               "second (biases folded in as each matrix's first column"),
    "class_layer1_size_ok": ("ok", None, "class Net: feedforward(X), then backprop, parameters in attributes "
                             "weights1 .., 2 layers fixed by its constructor, constructed with probe data as x, y"),
    "class_layer1_size_no_gate": ("mismatch", "relu-gate", "2 layers fixed by its constructor, constructed with probe "
                                  "data as x, y"),
    "class_layer_count_with_input_ok": ("ok", None, "layer_count=4 (its count of layers with the input layer, as its "
                                        "own call counts)"),
    "class_layer_count_with_input_summed": ("mismatch", "scaled-gradient", "layer_count=4 (its count of layers with "
                                            "the input layer"),
    "objects_loop_inline_gradient_ok": ("unusable", None, "its layers agree with the oracles, but the training loop "
                                        "at line 40 feeds them a loss gradient of its own (line 48: `grad = (probs - "
                                        "yb) / len(xb)`) that xval does not run, so the file has no verdict"),
    "objects_loop_inline_gradient_no_gate": ("mismatch", "relu-gate", "layer objects Dense composed by xval"),
    "objects_loop_inline_gradient_summed": ("unusable", None, ": `grad = probs - yb`) that xval does not run"),
    "class_in_h_out_no_bias_ok": ("ok", None, "parameters in attributes w_in_h .. (no biases), 2 layers fixed by its "
                                  "constructor"),
    "class_in_h_out_no_bias_slope_of_a": ("mismatch", "gradient-mismatch", "parameters in attributes w_in_h .. (no "
                                          "biases)"),
    "functions_columns_len_loss_ok": ("ok", None, "functions forward_propagation(X, params) and "
                                      "back_propagation(Y, activations, params), a params dict"),
    "functions_columns_len_loss_batch_mean": ("mismatch", "scaled-gradient", "back_propagation(Y, activations, "
                                              "params), a params dict"),
    "unusable_loop_beside_loss_layer": ("unusable", None, "its layers agree with the oracles, but the training loop "
                                        "at line 52 feeds them a loss gradient of its own (line 59: `grad = "
                                        "criterion.probs - yb`) that xval does not run"),
    "class_fit_draws_weights_ok": ("ok", None, "its fit's own weight initialisation (line 31, line 32, line 33, "
                                   "line 34) skipped: its loop run on the weights checked, `n_classes = "
                                   "np.unique(y).shape[0]` (line 30) read as n_classes = 10"),
    "class_fit_draws_weights_unaveraged": ("mismatch", "scaled-gradient", "its fit's own weight initialisation"),
    "class_typed_width_binary_ok": ("ok", None, "class Net: forward_prop(X), then gradient_descent, parameters in "
                                    "attributes _Net__W1 .., 2 layers fixed by its constructor (its own 784-"),
    "class_typed_width_binary_unaveraged": ("mismatch", "scaled-gradient", "class Net: forward_prop(X), then "
                                            "gradient_descent"),
    "class_deep_dict_cache_ok": ("ok", None, "class Deep: forward_prop(X), then gradient_descent, parameters in the "
                                 "dict _Deep__params"),
    "class_deep_dict_cache_unaveraged": ("mismatch", "scaled-gradient", "class Deep: forward_prop(X), then "
                                         "gradient_descent"),
    "class_activated_outputs_list_ok": ("ok", None, "class Net: forward_propagation(X) (the scores: the class "
                                        "applies its softmax elsewhere), then backpropagation"),
    "class_activated_outputs_list_no_relu_gate": ("mismatch", "relu-gate", "class Net: forward_propagation(X)"),
    "class_labels_column_asarray_ok": ("ok", None, "`sizes` with one output unit as its code makes the labels one "
                                       "column (y = np.asarray(y, dtype=float).reshape(-1, 1))"),
    "class_labels_column_asarray_unaveraged": ("mismatch", "scaled-gradient", "`sizes` with one output unit as its "
                                               "code makes the labels one column"),
    "objects_kit_from_arrays_ok": ("ok", None, "each Dense(W, b) given a weight (n_in, n_out) and a bias (n_out,) "
                                   "xval makes; gradients read from each Dense's dW, db"),
    "objects_kit_from_arrays_unaveraged": ("mismatch", "layer-function", "each Dense(W, b) given a weight"),
    "objects_kit_from_arrays_loss_value_unshifted": ("mismatch", "layer-function", "loss gradient: the file's "
                                                     "SoftmaxLoss.backward()"),
    "class_layer_word_first_ok": ("ok", None, "class RedeNeural: propagar(X), then treinar, parameters in "
                                  "attributes pesos_camada_oculta .., 2 layers fixed by its constructor"),
    "class_layer_word_first_unaveraged": ("mismatch", "scaled-gradient", "parameters in attributes "
                                          "pesos_camada_oculta"),
    "functions_cost_line_in_helper_ok": ("ok", None, "functions forward_propagation(X, parameters) and "
                                         "backward_propagation(parameters, cache, X, Y), a params dict"),
    "functions_cost_line_in_helper_no_negative_term": ("mismatch", "loss-mismatch", "functions "
                                                       "forward_propagation(X, parameters) and backward_propagation"),
    "class_private_rate_ok": ("ok", None, "class Learner: forward(X), then step, parameters in lists "
                              "_Learner__weights, _Learner__biases"),
    "class_private_rate_unaveraged": ("mismatch", "scaled-gradient", "parameters in lists _Learner__weights"),
    "class_forward_takes_targets_ok": ("ok", None, "class TwoLayer: forward(X), then backpropagation, parameters "
                                       "in attributes W1 .., 2 layers fixed by its constructor"),
    "class_forward_takes_targets_unaveraged": ("mismatch", "scaled-gradient", "class TwoLayer: forward(X), then "
                                               "backpropagation"),
    "class_batch_lists_named_ok": ("ok", None, "class Classifier: forward_batch(X), then backward_batch, "
                                   "parameters in the dict parameters"),
    "class_batch_lists_named_unaveraged": ("mismatch", "scaled-gradient", "class Classifier: forward_batch(X), "
                                           "then backward_batch"),
    "class_empty_placeholder_lists_ok": ("ok", None, "class Net: forward(X), then backprop, parameters in lists "
                                         "W, b from index 1 (placeholders first)"),
    "class_empty_placeholder_lists_unaveraged": ("mismatch", "scaled-gradient", "parameters in lists W, b from "
                                                 "index 1 (placeholders first)"),
    "class_fit_draws_private_weights_ok": ("ok", None, "parameters in attributes _SigmoidEstimator__W_in .., 2 "
                                           "layers fixed by its constructor, constructed with what its fit does "
                                           "before its loop, on a probe batch, its fit's own weight initialisation"),
    "class_fit_draws_private_weights_unaveraged": ("mismatch", "scaled-gradient", "its fit's own weight "
                                                   "initialisation"),
    "objects_unused_softmax_backward_ok": ("ok", None, "loss gradient: the file's SoftmaxWithCrossEntropy.backward"),
    "objects_unused_softmax_backward_summed": ("mismatch", "layer-function",
                                               "layer objects DenseLayer, ReLUActivation"),
    "objects_base_stub_softmax_ok": ("ok", None, "loss gradient: the file's SoftmaxCrossEntropy.backward()"),
    "objects_base_stub_softmax_relu_gate_on_output": ("mismatch", "layer-function", "layer objects Dense, Relu"),
    "functions_output_named_y_ok": ("ok", None, "backward_pass(X, h, probs, y, params), a params dict"),
    "functions_output_named_y_unscaled": ("mismatch", "scaled-gradient", "backward_pass(X, h, probs, y, params)"),
    "class_default_cost_class_ok": ("ok", None, "class Net: feedforward(X), then fit"),
    "class_default_cost_class_no_output_slope": ("mismatch", "loss-mismatch", "class Net: feedforward(X), then fit"),
    "class_fit_validation_summed_cost_ok": ("ok", None, "X_valid=the batch's inputs (a held-out set it scores)"),
    "class_fit_validation_summed_cost_mean_step": ("mismatch", "scaled-gradient", "y_valid=the batch's labels"),
    "class_fit_validation_summed_cost_half_decay": ("mismatch", "weight-decay", "y_valid=the batch's labels"),
    "class_fit_n_iterations_ok": ("ok", None, "self.n_iterations set to 1, run for one epoch"),
    "class_fit_n_iterations_tanh_of_output": ("mismatch", "activation-derivative", "self.n_iterations set to 1"),
    "methods_data_constructor_ok": ("ok", None, "its constructor run on each call's data (X, y)"),
    "methods_data_constructor_features_count": ("mismatch", "scaled-gradient",
                                                "its constructor run on each call's data (X, y)"),
    "class_count_shape_ok": ("ok", None, "shape=784 (the input size: its own call passes its inputs' feature count)"),
    "class_count_shape_rate_unscaled": ("mismatch", "scaled-gradient", "shape=784 (the input size"),
    "class_loss_gradient_function_ok": ("ok", None, "parameters in (weight, bias) pairs in layers, row-major"),
    "class_loss_gradient_function_no_gate": ("mismatch", "relu-gate", "`grad_loss` given by xval"),
    "class_backprop_sgd_folded_ok": ("ok", None, "predict(X), then backPropSGD"),
    "class_backprop_sgd_folded_relu_slope": ("mismatch", "relu-gate", "predict(X), then backPropSGD"),
    "functions_forward_callback_ok": ("ok", None, "`forward_prop_func` given forward_prop (the forward it calls)"),
    "functions_forward_callback_half_slope": ("mismatch", "gradient-mismatch",
                                              "`forward_prop_func` given forward_prop"),
    "class_typed_layer_list_ok": ("ok", None, "(the file's Dense objects its annotation asks for)"),
    "class_typed_layer_list_bias_sum": ("mismatch", "scaled-gradient",
                                        "hidden=[ReluDense(784, 48), ReluDense(48, 40)]"),
    "class_past_xrange_ok": ("ok", None, "(CS231n style: loss(X) -> scores, loss(X, y) -> (loss, grads))"),
    "class_past_xrange_no_mean": ("mismatch", "scaled-gradient", "(CS231n style: loss(X) -> scores"),
    "class_textbook_rmsprop_step_ok": ("ok", None, "update_mini_batch's update not judged: it keeps an optimizer's "
                                       "state between calls (self.sq)"),
    "class_textbook_rmsprop_step_no_slope": ("mismatch", "activation-derivative", "then backprop"),
    "class_course_v_z_scores_ok": ("ok", None, "forward(X) (the scores: the class applies its softmax elsewhere)"),
    "class_course_v_z_scores_no_softmax": ("mismatch", "gradient-mismatch", "forward(X) (the scores"),
    "functions_relu_of_input_ok": ("ok", None, "`cache` given what forward returned"),
    "functions_relu_of_input_no_mean": ("mismatch", "scaled-gradient", "`cache` given what forward returned"),
    "globals_forward_unpacked_step_ok": ("ok", None, "forward_propagation reading the module's W1, b1, W2, b2"),
    "globals_forward_unpacked_step_no_gate": ("mismatch", "relu-gate", "forward_propagation reading the module's"),
    "objects_backward_given_input_ok": ("ok", None, "gradients read from each Affine's dW, db; loss gradient: the "
                                        "file's SoftmaxCrossEntropy.backward()"),
    "objects_backward_given_input_no_gate": ("mismatch", "layer-function", "gradients read from each Affine's dW, db"),
    "unusable_model_chains_layers_itself": ("unusable", None, "but TwoLayerModel.train(self, xb, onehot, lr) (which "
                                            "chains its layers' backward itself) feeds them a loss gradient"),
    "class_helper_default_rate_ok": ("ok", None, "backward updates its parameters in place (at the rate it writes "
                                     "itself, 0.1)"),
    "class_helper_default_rate_not_averaged": ("mismatch", "scaled-gradient", "(at the rate it writes itself, 0.1)"),
    "class_relu_output_ignores_rate": ("mismatch", "update-rule", "train_step updates its parameters in place"),
    "objects_unpassed_layer_decay": ("mismatch", "layer-function", "Dense() built with its default weight_decay=0.001, "
                                     "which none of the file's calls changes"),
    "class_turkish_dotless_ok": ("ok", None, "class SinirAgi: ileri(X), then geriye_yayılım"),
    "class_turkish_dotless_stale_weights": ("mismatch", "stale-weights",
                                            "class SinirAgi: ileri(X), then geriye_yayılım"),
    "class_fit_calls_own_init_ok": ("ok", None, "its fit's own weight initialisation (line 41) skipped"),
    "class_fit_calls_own_init_not_averaged": ("mismatch", "scaled-gradient", "its fit's own weight initialisation"),
    "functions_one_sample_row_label_ok": ("ok", None, "functions forward_one(x, label, alpha, beta) and backward_one"
                                          "(x, output, onehot, alpha, beta, hid_b, hid), unpacked arguments"),
    "functions_one_sample_row_label_no_slope": ("mismatch", "activation-derivative", "biases folded into alpha"),
    "class_methods_one_sample_vector_ok": ("ok", None, "backprop returns gradients for one sample"),
    "class_methods_one_sample_vector_slope_of_h": ("mismatch", "gradient-mismatch", "the methods of class TinyNet"),
    "class_loose_methods_stale_summed": ("mismatch", "scaled-gradient", "class TinyNet: feedforward(X), then "),
    "class_scores_by_words_ok": ("ok", None, "class Network: output_logits(X) (the scores: the class applies its "
                                 "softmax elsewhere), then update_mini_batch"),
    "class_scores_by_words_tanh_of_z": ("mismatch", "activation-derivative", "class Network: output_logits(X)"),
    "class_shared_folded_layers_ok": ("ok", None, "parameters in attributes alpha .. (biases folded in as each "
                                      "matrix's first column, the ones joined by its code)"),
    "class_shared_folded_layers_averaged": ("mismatch", "scaled-gradient", "backward stores gradients on the "
                                            "instance"),
    "class_residual_given_ok": ("ok", None, "err=the labels minus the output its forward gave, as the file's own "
                                "call forms it"),
    "class_residual_given_no_gate": ("mismatch", "relu-gate", "err=the labels minus the output its forward gave"),
    "globals_one_output_fit_ok": ("ok", None, "one output unit (its module-level w2 is made 12 x 1)"),
    "globals_one_output_fit_no_two": ("mismatch", "scaled-gradient", "one output unit (its module-level w2 is made"),
    "script_batch_fetcher_ok": ("ok", None, "input `X_all`, labels `T_all`, output not read (no name holds the "
                                "probabilities)"),
    "script_batch_fetcher_no_slope": ("mismatch", "activation-derivative", "input `X_all`, labels `T_all`"),
    "script_forward_helper_out_in_ok": ("ok", None, "module-level weights Wa/ba, Wb/bb (its own 20-16-4 layers), "
                                        "input `samples`, labels `onehot`, output `probs`"),
    "script_forward_helper_out_in_slope_of_z": ("mismatch", "activation-derivative", "row-major (x (batch, "
                                                "features)), W (out, in)"),
    "script_onehot_filled_ok": ("ok", None, "input `pixels`, labels `targets`, output `prob`"),
    "script_onehot_filled_no_gate": ("mismatch", "relu-gate", "input `pixels`, labels `targets`"),
    "class_init_scale_ok": ("ok", None, "init_bound=0.1 (the scale of its initial weights, which xval sets itself "
                            "once it is built)"),
    "class_init_scale_bias_mean": ("mismatch", "scaled-gradient", "parameters in lists Ws, bs, init_bound=0.1"),
    "class_setup_methods_ok": ("ok", None, "constructed with weights made by its make_weights('uniform'), then its "
                               "choose_activation('tanh')"),
    "class_setup_methods_stale_output": ("mismatch", "stale-weights", "then its choose_activation('tanh')"),
    "class_l2_split_term_ok": ("ok", None, "`reg` passed the L2 strength checked (0 when none; --l2 checks one)"),
    "class_l2_split_term_half_decay": ("mismatch", "weight-decay", "`reg` passed the L2 strength checked"),
    "class_batch_l2_locals_ok": ("ok", None, "lam=0 (its loss's L2 term scales with the batch, which no one strength "
                                 "says: checked so, the term itself not checked)"),
    "class_batch_l2_locals_no_outputs": ("mismatch", "scaled-gradient", "lam=0 (its loss's L2 term scales with the "
                                         "batch"),
    "script_unreduced_cost_summed_ok": ("ok", None, "module-level weights w_in/bias_in, w_out/bias_out"),
    "script_unreduced_cost_summed_halved": ("mismatch", "scaled-gradient", "module-level weights w_in/bias_in"),
    "objects_two_loss_layers_ok": ("ok", None, "layer objects Dense, Relu composed by xval"),
    "objects_two_loss_layers_xent_not_averaged": ("mismatch", "layer-function", "layer objects Dense, Relu"),
    "class_single_sample_backprop_ok": ("ok", None, "class ColumnNet: predict(X), then single_backpropagate"),
    "class_single_sample_backprop_slope_of_a": ("mismatch", "activation-derivative", "then single_backpropagate"),
    "methods_static_steps_ok": ("ok", None, "the methods of class ShallowClassifier (one instance, built with no "
                                "arguments) as functions forward(parameters, X) and backward(parameters, cache, X, Y)"),
    "methods_static_steps_tanh_prime_of_z": ("mismatch", "activation-derivative", "the methods of class "
                                             "ShallowClassifier"),
    "class_handed_weights_ok": ("ok", None, "w_in, b_in, w_out, b_out=xval's arrays of the sizes checked (it is "
                                "handed its parameters)"),
    "class_handed_weights_tanh_prime_of_z": ("mismatch", "activation-derivative", "on one sample per call"),
    "script_random_batches_ok": ("ok", None, "input `xb` (the batch it draws at random by `idx`: xval's batch "
                                 "given as it), labels `digits`, output `out`"),
    "script_random_batches_softmax_over_batch": ("mismatch", "forward-mismatch", "input `xb` (the batch it draws"),
    "class_hidden_count_and_sizes_ok": ("ok", None, "no_hidden_layers=2 (its count of hidden layers, beside their "
                                        "widths)"),
    "class_hidden_count_and_sizes_summed": ("mismatch", "scaled-gradient", "no_hidden_layers=2"),
    "functions_loss_and_grads_only_ok": ("ok", None, "function net_loss(params, X, y, reg) (its loss and gradients "
                                         "together; no function gives the outputs, so they are not compared)"),
    "functions_loss_and_grads_only_summed": ("mismatch", "scaled-gradient", "function net_loss(params, X, y, reg)"),
    "script_scaled_slices_ok": ("ok", None, "input `images` (its scaling of each batch it takes, line 15, left out: "
                                "xval's inputs are the network's), labels `labels`"),
    "script_scaled_slices_bias_total_sum": ("mismatch", "bias-total-sum", "its scaling of each batch it takes"),
    "script_unpacked_layers_ok": ("ok", None, 'labels `t`, output `l2`'),
    "script_unpacked_layers_summed": ("mismatch", "scaled-gradient", 'output `l2`'),
    "class_course_data_held_ok": ("ok", None, 'class DeepNet: L_model_forward(X), then L_model_backward'),
    "class_course_data_held_bias_total_sum": ("mismatch", "bias-total-sum", 'class DeepNet: L_model_forward(X), then L_model_backward'),
    "script_sample_label_filled_ok": ("ok", None, 'integer labels'),
    "script_sample_label_filled_ungated": ("mismatch", "relu-gate", 'integer labels'),
    "unusable_script_constant_bias_input": ("unusable", None, "its layer values `h` get a constant `[-1]` " "joined (line 23: the next layer's bias folded into its weights as the weight of a constant input"),
    "script_delta_rule_hidden_bias_frozen": ("mismatch", "not-updated", "module-level weights w_hid/b_hid, w_out/b_out"),
    "class_two_layer_init_ok": ("ok", None, 'parameters in the dict params, 2 layers fixed by its constructor, constructed with weights made by its init_weights()'),
    "class_two_layer_init_summed": ("mismatch", "scaled-gradient", '2 layers fixed by its constructor'),
    "script_ones_bias_broadcast_ok": ("ok", None, 'module-level weights W1/b1, W2/b2 (its own 20-16-10 layers)'),
    "script_ones_bias_broadcast_bias_total_sum": ("mismatch", "bias-total-sum", 'module-level weights W1/b1, W2/b2'),
    "objects_with_dropout_layer_ok": ("ok", None, "layer objects Linear, ReLU composed by xval"),
    "class_layer_numbered_dicts_ok": ("ok", None, 'parameters in dicts weights, bias by layer number, column-major (x (features, batch), W (out, in)), biases (n, 1), one-hot labels; backprop returns gradients'),
    "class_layer_numbered_dicts_tanh_of_z": ("mismatch", "activation-derivative", 'backprop returns gradients'),
    "class_biases_numbered_from_one_ok": ("ok", None, 'parameters in the dicts W, B, constructed with weights made by its initialize()'),
    "class_biases_numbered_from_one_bias_total_sum": ("mismatch", "bias-total-sum", 'backward stores gradients on the instance'),
    "functions_batch_size_constant_ok": ("ok", None, 'functions forward(X, net) and backward(X, y, probs, h1, net), a params dict'),
    "functions_batch_size_constant_summed": ("mismatch", "scaled-gradient", 'backward returns gradients'),
    "class_record_loop_one_output_ok": ("ok", None, "`n_out` with one output unit as its code makes the output's error one number (out_term.reshape(1, 1))"),
    "class_record_loop_one_output_no_slope": ("mismatch", "activation-derivative", 'train updates its parameters in place'),
    "class_error_set_by_train_ok": ("ok", None, '`value, self.out_error = loss_and_error(probs, Y)` run first, as its train runs it between its forward and backward (backward reads what it sets)'),
    "class_error_set_by_train_summed": ("mismatch", "scaled-gradient", 'then backward'),
    "script_shuffled_copies_ok": ("ok", None, 'run once on a batch (`xs` for the mini-batch of `k`), module-level weights W1/b1, W2/b2 (its own 10-16-3 layers), input `xs`, labels `ts`'),
    "script_shuffled_copies_bias_total_sum": ("mismatch", "bias-total-sum", 'labels `ts`'),
    "script_linear_hidden_ok": ("ok", None, "module-level weights W1/b1, W2/b2 (its own 3-5-1 layers)"),
    "script_linear_hidden_averaged_twice": ("mismatch", "scaled-gradient", "module-level weights W1/b1, W2/b2"),
    "functions_dict_no_biases_ok": ("ok", None, 'a params dict, 2 layers (it runs at no other depth), column-major (x (features, batch), W (out, in)), no biases'),
    "functions_dict_no_biases_no_slope": ("mismatch", "activation-derivative", 'no biases'),
    "functions_dict_no_biases_sigmoid_eps": ("mismatch", "epsilon-guard", "no biases"),
    "functions_global_params_dict_ok": ("ok", None, 'functions forward(X) and backward(X, Y, probs, h), the module-level params dict `net` (set to the parameters checked before each call)'),
    "functions_global_params_dict_tanh_of_a": ("mismatch", "activation-derivative", 'the module-level params dict `net`'),
    "class_private_methods_ok": ("ok", None, 'class Classifier: __forward_propagation(X), then __backward_propagation, parameters in the dict params'),
    "class_private_methods_no_relu_gate": ("mismatch", "relu-gate", 'then __backward_propagation'),
    "class_callee_default_step_ok": ("ok", None, 'learn updates its parameters in place (at the rate it writes itself, 0.2)'),
    "class_callee_default_step_summed": ("mismatch", "scaled-gradient", 'learn updates its parameters in place (at the rate it writes itself, 0.2)'),
    "script_batch_generator_ok": ("ok", None, 'input `images`, labels `targets`, output `probs`, rate `step`'),
    "script_batch_generator_bias_total_sum": ("mismatch", "bias-total-sum", 'input `images`, labels `targets`'),
    "script_zip_minibatches_ok": ("ok", None, 'input `x_batch`, labels `y_batch`, output `A2`, rate `alpha`, column-major'),
    "script_zip_minibatches_no_relu_gate": ("mismatch", "relu-gate", 'input `x_batch`, labels `y_batch`'),
    "script_tiny_rate_squared_error_delta": ("mismatch", "loss-mismatch", "rate 0.0002 (the constant of its updates)"),
    "class_loss_needs_labels_sigmoid_ok": ("ok", None, 'class SmallNet (CS231n style: loss(X, y) -> (loss, grads); no loss(X) for the scores'),
    "class_loss_needs_labels_sigmoid_summed": ("mismatch", "scaled-gradient", 'class SmallNet (CS231n style'),
    "script_bce_derivative_written_out_ok": ("ok", None, 'input `points`, labels `targets`, output `A2`, rate `rate`'),
    "script_bce_derivative_written_out_summed": ("mismatch", "scaled-gradient", 'input `points`, labels `targets`, output `A2`'),
    "functions_softmax_outside_forward_ok": ("ok", None, 'functions forward_pass(x, W1, b1, W2, b2) and calculate_gradients(h1, probs, W2, z1, x, labels)'),
    "functions_softmax_outside_forward_no_relu_gate": ("mismatch", "relu-gate", 'calculate_gradients(h1, probs, W2, z1, x, labels)'),
    "unrolled_labels_filled_by_loop_ok": ("ok", None, 'function cost_and_gradient(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lam) -> (J, grad)'),
    "unrolled_labels_filled_by_loop_summed": ("mismatch", "scaled-gradient", 'function cost_and_gradient(nn_params'),
    "class_number_rate_in_updates_ok": ("ok", None, 'backward updates its parameters in place (at the rate it writes itself, 0.05)'),
    "class_number_rate_in_updates_summed": ("mismatch", "scaled-gradient", 'backward updates its parameters in place (at the rate it writes itself, 0.05)'),
    "functions_epoch_eye_rows_ok": ("ok", None, 'function run_epoch: its training loop at line 10 run once on a batch (`X` for the mini-batch of `k`)'),
    "functions_epoch_eye_rows_no_relu_gate": ("mismatch", "relu-gate", 'input `X`, labels `y`, output `probs`'),
    "objects_softmax_told_labels_ok": ("ok", None, "loss gradient: the file's Softmax.backward()"),
    "objects_softmax_told_labels_summed": ("mismatch", "layer-function", "loss gradient: the file's Softmax.backward()"),
    "class_number_list_placeholders_ok": ("ok", None, "parameters in lists W, B from index 1 (placeholders first)"),
    "class_number_list_placeholders_bias_total_sum": ("mismatch", "bias-total-sum",
                                                      "parameters in lists W, B from index 1 (placeholders first)"),
    "class_one_output_only_ok": ("ok", None, "`n_out` with one output unit as with 10 its train raised"),
    "class_softmax_step_broadcasts": ("mismatch", "raised", "class SoftmaxNet: predict(X), then train"),
    "class_sigmoid_outputs_step_broadcasts": ("mismatch", "raised", "class Net: predict(X), then train"),
    "class_one_output_only_summed": ("mismatch", "scaled-gradient",
                                     "`n_out` with one output unit as with 10 its train raised"),
    "class_input_bias_trick_ok": ("ok", None, "parameters in the list weights (the first layer's bias folded in as "
                                  "its first row, the ones joined by its code in forward; no bias after it)"),
    "class_input_bias_trick_summed": ("mismatch", "scaled-gradient",
                                      "(the first layer's bias folded in as its first row"),
    "functions_vector_output_ascent_ok": ("ok", None, "one output unit (its own code makes W2 a vector, `W2 = "
                                          "np.random.randn(hidden)`, its targets then a vector too)"),
    "functions_vector_output_ascent_no_tanh_derivative": ("mismatch", "activation-derivative", "the output unit's "
                                                          "weights a vector (M,), its bias a number"),
    "class_config_list_sizes_ok": ("ok", None, "config=the layer sizes (its code makes its weights' shapes from its "
                                               "items)"),
    "class_config_list_sizes_bias_total_sum": ("mismatch", "bias-total-sum", 'config=the layer sizes'),
    "class_newaxis_column_sample_ok": ("ok", None, 'train updates its parameters in place, run for one epoch, on one '
                                                   'sample per call, given as a vector'),
    "class_newaxis_column_sample_no_tanh_derivative": ("mismatch", "activation-derivative",
                                                       "on one sample per call, given as a vector (its features "
                                                       "alone)"),
    "class_u_z_activates_scores_ok": ("ok", None, 'forward_pass(X) (the scores: the class applies its softmax '
                                                  'elsewhere), then update_mini_batch'),
    "class_u_z_activates_scores_output_gated": ("mismatch", "gradient-mismatch",
                                                "forward_pass(X) (the scores: the class applies its softmax "
                                                "elsewhere)"),
    "class_input_entry_preactivations_ok": ("ok", None, 'forward_pass(X) (the scores: the class applies its softmax '
                                                        'elsewhere), then backprop'),
    "class_input_entry_preactivations_no_relu_gate": ("mismatch", "relu-gate", 'backprop returns gradients, on one '
                                                                               'sample per call'),
    "script_held_out_forward_in_loop_ok": ("ok", None, 'input `Xtrain`, labels `Ttrain`, output `Ptrain`'),
    "script_held_out_forward_in_loop_updated_w2": ("mismatch", "stale-weights", 'input `Xtrain`, labels `Ttrain`, '
                                                                                'output `Ptrain`'),
    "class_calculate_gradients_store_ok": ("ok", None, 'then calculate_gradients, parameters in attributes w1 ..'),
    "class_calculate_gradients_store_bias_total_sum": ("mismatch", "bias-total-sum", 'calculate_gradients stores '
                                                                                     'gradients on the instance'),
    "class_other_name_loss_grads_ok": ("ok", None, '(CS231n style: evaluate(X, y) -> (loss, grads); no evaluate(X) '
                                                   'for the scores, so the forward is not compared)'),
    "class_other_name_loss_grads_no_relu_gate": ("mismatch", "relu-gate", '(CS231n style: evaluate(X, y) -> (loss, '
                                                                          'grads)'),
    "functions_loop_summed_likelihood_ok": ("ok", None, 'one output unit (its own code makes W2 a vector'),
    "functions_loop_summed_likelihood_tanh_derivative": ("mismatch", "activation-derivative", "the output unit's "
                                                                                              "weights a vector (M,)"),
    "functions_propagate_in_optimize_ok": ("ok", None, 'output not read (no name holds the probabilities)'),
    "functions_propagate_in_optimize_squared_error_delta": ("mismatch", "loss-mismatch", 'output not read (no name '
                                                                                         'holds the probabilities)'),
    "script_squeezed_regression_output_ok": ("ok", None, 'input `xb`, labels `tb`, output `pred`'),
    "script_squeezed_regression_output_half": ("mismatch", "scaled-gradient", 'input `xb`, labels `tb`, output `pred`'),
    "script_inline_weight_decay_ok": ("ok", None, 'module-level weights W1/b1, W2/b2'),
    "script_inline_weight_decay_half": ("mismatch", "weight-decay", 'module-level weights W1/b1, W2/b2'),
    "functions_one_example_weight_pairs_ok": ("ok", None, 'a params tuple unpacked as (W1, b1, W2, b2)'),
    "functions_one_example_weight_pairs_no_tanh_derivative": ("mismatch", "activation-derivative", 'loss_and_gradients returns gradients for one sample'),
    "functions_one_example_flat_params_ok": ("ok", None, 'one params list [W1, b1, W2, b2, ...] indexed by position'),
    "functions_one_example_flat_params_no_tanh_derivative": ("mismatch", "activation-derivative", 'one params list '
                                                                                                  '[W1, b1, W2, b2, '
                                                                                                  '...] indexed by '
                                                                                                  'position'),
    "functions_one_example_split_unpacking_ok": ("ok", None, 'a params tuple unpacked as (W1, b1, W2, b2), 2 layers '
                                                             '(the tuple it unpacks)'),
    "functions_one_example_split_unpacking_bias_from_output": ("mismatch", "gradient-mismatch", 'a params tuple '
                                                                                                'unpacked as (W1, b1, '
                                                                                                'W2, b2)'),
    "class_sampled_step_filled_ones_ok": ("ok", None, "the first layer's bias folded in as its first row, the ones "
                                                      "joined by its code in train; no bias after it), 2 layers "
                                                      "fixed by its constructor"),
    "class_sampled_step_filled_ones_prime_of_activation": ("mismatch", "activation-derivative", "on one sample per "
                                                                                                "call"),
    "objects_shared_cache_store_ok": ("ok", None, "backward(dout, cache) with its module's LEARNING_RATE set to 1"),
    "objects_shared_cache_store_relu_unmasked": ("mismatch", "layer-function", "the step through its container "
                                                                               "Chain(*layers)"),
    "script_per_layer_penalty_ok": ("ok", None, "module-level weights W_hid/b_hid, W_out/b_out"),
    "script_per_layer_penalty_output_undecayed": ("mismatch", "weight-decay", "module-level weights W_hid/b_hid"),
    "functions_variable_prefixed_names_ok": ("ok", None, "functions ForwardProp(Variable_Function_W1, "
                                                         "Variable_Function_b1, Variable_Function_W2"),
    "functions_variable_prefixed_names_bias_total_sum": ("mismatch", "bias-total-sum", "BackwardProp returns "
                                                                                        "gradients"),
    "class_mode_switch_named_biases_ok": ("ok", None, "mode='tanh' (what the file's own call passes)"),
    "class_mode_switch_named_biases_unscaled": ("mismatch", "scaled-gradient", "parameters in attributes "
                                                                               "weights_input_hidden_1 .."),
    "class_leaky_output_regression_ok": ("ok", None, "class LeakyNet: forward(X), then backward"),
    "class_leaky_output_regression_output_unsloped": ("mismatch", "activation-derivative", "parameters in lists "
                                                                                           "weights, biases"),
    "class_fit_logs_predicted_labels_ok": ("ok", None, "predict read up to its argmax"),
    "class_fit_logs_predicted_labels_derivative_of_z": ("mismatch", "activation-derivative", "class Classifier: "
                                                                                             "predict(X), then fit"),
    "objects_unmade_mse_layer_ok": ("ok", None, "layer objects Dense, ReLU composed by xval"),
    "objects_unmade_mse_layer_relu_ungated": ("mismatch", "layer-function", "gradients read from each Dense's dW, db"),
    "functions_all_lists_global_depth_ok": ("ok", None, "the module's `n_hidden` (read by backward) set to the "
                                                        "checked depth -1, as forward computes it"),
    "functions_all_lists_global_depth_summed": ("mismatch", "scaled-gradient", "weight and bias lists"),
    "objects_softmax_scores_and_labels_ok": ("ok", None, "gradients read from each Linear's grad['W'], grad['b']"),
    "objects_softmax_scores_and_labels_unaveraged": ("mismatch", "layer-function", "layer objects Linear, Tanh"),
    "script_wrapped_random_sample_ok": ("ok", None, "one sample at a time (it draws one at random by `k` each step), "
                                                    "the weights it updates W1, W2 (its own 784-12-1 layers (the input "
                                                    "width xval's"),
    "script_wrapped_random_sample_stale_w2": ("mismatch", "stale-weights", "function train: its training loop"),
    "functions_forward_gives_scores_ok": ("ok", None, "forward(X, net) (the scores: loss_and_grads takes the softmax)"),
    "functions_forward_gives_scores_summed": ("mismatch", "scaled-gradient", "a list of (W, b) pairs"),
    "class_activation_per_layer_args_ok": ("ok", None, "constructed with activations 'sigmoid', 'softmax' (its own "
                                                       "names)"),
    "class_activation_per_layer_args_output_sigmoid_derivative": ("mismatch", "gradient-mismatch", '3 layers fixed by its '
                                                                                               'constructor'),
    "class_input_apart_decay_ok": ("ok", None, "parameters in lists W, B (checked at 784-256-128-1), `layer_size` with one output unit as its own call builds it"),
    "class_input_apart_decay_updated_weights": ("mismatch", "stale-weights", "backward updates its parameters in place, `wd` passed the L2 strength checked (0 when none; --l2 checks one)"),
    "class_fit_own_l2_ok": ("ok", None, "class TinyClassifier: _forward(X), then _backward, parameters in lists weights, biases"),
    "class_fit_own_l2_doubled": ("mismatch", "weight-decay", "class TinyClassifier: _forward(X), then _backward"),
    "class_error_signal_ok": ("ok", None, "parameters in the list weight (no biases)"),
    "class_error_signal_sign_flipped": ("mismatch", "scaled-gradient", "parameters in the list weight (no biases)"),
    "objects_call_dicts_log_guard_ok": ("ok", None, "loss gradient: the file's CrossEntropyLoss.backward()"),
    "objects_kept_results_untrained_biases": ("mismatch", "not-updated", "gradients read from each DenseLayer's dweights (no bias gradient: its biases never trained)"),
    "script_global_trainer_ok": ("ok", None, "function train_all: its training loop at line 47 run once on a batch (`samples` for the mini-batch of `start`), the weights it updates hid_weight/hid_bias, out_weight/out_bias (its own 6-5-3 layers), input `samples`, labels `classes`, output `out`, rate `speed`"),
    "script_global_trainer_sigmoid_slope": ("mismatch", "activation-derivative", "the weights it updates hid_weight/hid_bias, out_weight/out_bias"),
    "objects_fused_activation_ok": ("ok", None, "its activation built in: Dense(n_in, n_out, act=tanh, act_prime=tanh_prime) for each hidden layer, Dense(n_in, n_out) with no activation for the scores"),
    "objects_fused_activation_slope_of_output": ("mismatch", "activation-derivative", "its activation built in: Dense(n_in, n_out, act=tanh"),
    "objects_fused_activation_named_ok": ("ok", None, "its activation built in: Dense(n_in, n_out, activation='tanh') for each hidden layer, Dense(n_in, n_out) with activation='linear' for the scores"),
    "functions_stem_names_ok": ("ok", None, "functions forward_sweep(X, W1, b1, W2, b2) and backward_sweep(X, Y, W2, Z1, A1, A2)"),
    "functions_stem_names_no_gate": ("mismatch", "relu-gate", "functions forward_sweep(X, W1, b1, W2, b2) and backward_sweep"),
    "unusable_script_hidden_ones": ("unusable", None, "its layer values `h_b` get a column of ones (line 18: the next layer's bias folded into its weights"),
    "script_frozen_biases": ("mismatch", "not-updated", "module-level weights hidden_w/hidden_b, out_w/out_b (its own 3-6-1 layers), input `features`, labels `target`, output `p`, rate `step`"),
    "functions_momentum_buffers_ok": ("ok", None, "vel_w and vel_b passed zeros (momentum buffers at rest"),
    "functions_momentum_buffers_tanh_slope_of_z": ("mismatch", "activation-derivative", "vel_w and vel_b passed zeros"),
    "dict_of_lists_ok": ("ok", None, "a params dict holding the weights and biases as two lists ('weights', 'biases')"),
    "dict_of_lists_bias_total_sum": ("mismatch", "bias-total-sum", "a params dict holding the weights and biases"),
    "class_cost_prime_ok": ("ok", None, "class TinyRegressor: forward(X), then costFunctionPrime, parameters in "
                            "attributes W1 .. (no biases), 2 layers fixed by its constructor (its own 2-4-1)"),
    "class_cost_prime_hidden_prime_of_activation": ("mismatch", "activation-derivative", "class TinyRegressor: "
                                                    "forward(X), then costFunctionPrime"),
    "dict_layer_names_ok": ("ok", None, "weight and bias dicts keyed by layer name ('hidden', 'output'), 2 layers"),
    "dict_layer_names_hidden_slope_of_z": ("mismatch", "activation-derivative", "weight and bias dicts keyed by "
                                           "layer name"),
    "functions_per_sample_softmax_dicts_ok": ("ok", None, "weight and bias dicts keyed by layer name ('h', 'out'), 2 "
                                              "layers (it runs at no other depth), row-major (x (batch, features), "
                                              "W (in, out)), biases (n,), one-hot labels; backprop returns gradients "
                                              "for one sample"),
    "script_half_sum_printed_mean_named_error": ("mismatch", "scaled-gradient", "its own 2-4-1 layers"),
    "class_per_sample_summed_loss_ok": ("ok", None, "class SineFitter: predict(X), then fit, parameters in dicts W, b"),
    "class_per_sample_summed_loss_bias_total_sum": ("mismatch", "bias-total-sum", "fit updates its parameters in "
                                                    "place"),
    "script_half_sum_printed_mean": ("mismatch", "scaled-gradient", "its own 2-4-1 layers"),
    "dict_regression_returns_output_z_ok": ("ok", None, "backpropagation(network, X, y, hidden_output, output, "
                                            "learning_rate), a params dict"),
    "dict_regression_returns_output_z_mean_over_outputs": ("mismatch", "scaled-gradient", "functions forward_pass("
                                                           "network, X) and backpropagation"),
    "class_reads_module_globals_ok": ("ok", None, "its module globals N_SAMPLES, Y_train, LEARNING_RATE set to the "
                                      "batch size, labels, rate before each call"),
    "class_reads_module_globals_no_relu_gate": ("mismatch", "relu-gate", "class Model: forward(X), then backward"),
    "class_index_letter_names_ok": ("ok", None, "parameters in attributes W_ij, V_jk (by their shapes)"),
    "class_index_letter_names_no_sigmoid_slope": ("mismatch", "activation-derivative", "class Perceptron2: "
                                                  "forward_pass(X), then backward"),
    "class_index_letter_names_mistyped_forward_ok": ("ok", None, "class Perceptron2: forwar_pass(X), then backward"),
    "class_placed_weight_names_ok": ("ok", None, "class TwoLayerNet: forward(X), then train, parameters in attributes "
                                     "hidden_weights"),
    "class_placed_weight_names_bias_total_sum": ("mismatch", "bias-total-sum", "train updates its parameters in place"),
    "colmajor_onehot_misspelled_forward_ok": ("ok", None, "unpacked arguments, 2 layers from its signature"),
    "class_counts_classes_keeps_outputs_ok": ("ok", None, "class Classifier: _forward(X), then _backprop, parameters "
                                              "in lists W, b, constructed with what its train does before its loop"),
    "class_counts_classes_keeps_outputs_unaveraged": ("mismatch", "scaled-gradient", "_backprop stores gradients on "
                                                      "the instance"),
    "colmajor_ok": ("ok", None, f"unpacked arguments, 3 layers from its signature, {COLMAJOR}, integer labels"),
    "colmajor_bias_total_sum": ("mismatch", "bias-total-sum", "back_prop returns gradients"),
    "colmajor_no_batch_mean": ("mismatch", "scaled-gradient", COLMAJOR),
    "colmajor_onehot_width_from_labels_ok": ("ok", None, COLMAJOR),
    "colmajor_softmax_batch_axis": ("mismatch", "forward-mismatch", COLMAJOR),
    "colmajor_forward_missing_bias": ("mismatch", "forward-mismatch", COLMAJOR),
    "colmajor_onehot_ok": ("ok", None, "2 layers from its signature, column-major"),
    "class_hidden_neurons_list_ok": ("ok", None, "class MLP: forward(X), then backward, parameters in lists weights, "
                                     "biases"),
    "class_hidden_neurons_list_stale_weights": ("mismatch", "stale-weights", "class MLP"),
    "dict_forward_takes_labels_ok": ("ok", None, "functions forward_prop(data, labels, params) and backward_prop("
                                     "data, labels, params), a params dict"),
    "dict_forward_takes_labels_unscaled_bias": ("mismatch", "scaled-gradient", "forward_prop(data, labels, params)"),
    "script_small_constant_rate_ok": ("ok", None, "rate 1e-05 (the constant of its updates)"),
    "script_small_constant_rate_no_sigmoid_derivative": ("mismatch", "activation-derivative", "rate 1e-05"),
    "unpacked_l2_penalty_without_half_ok": ("ok", None, "reg passed the L2 strength checked"),
    "unpacked_l2_param_ok": ("ok", None, "reg passed the L2 strength checked"),
    "unpacked_l2_param_output_layer_unpenalised": ("mismatch", "weight-decay", "reg passed the L2 strength checked"),
    "script_dict_weights_ok": ("ok", None, "module-level weights W['h']/B['h'], W['o']/B['o']"),
    "script_dict_weights_derivative_of_z": ("mismatch", "activation-derivative", "run once on a batch (`data` for "
                                            "the mini-batch of `first`)"),
    "class_private_attrs_ok": ("ok", None, "parameters in attributes _BinaryNet__W1"),
    "class_private_attrs_no_sigmoid_derivative": ("mismatch", "activation-derivative", "class BinaryNet"),
    "dict_general_forward_ok": ("ok", None, "a params dict, 2 layers (the gradients backward returns)"),
    "dict_general_forward_output_delta_unscaled": ("mismatch", "scaled-gradient", "2 layers (the gradients backward "
                                                   "returns)"),
    "dict_global_transposed_ok": ("ok", None, "weight gradients transposed (your update takes their .T)"),
    "dict_global_transposed_bias_total_sum": ("mismatch", "bias-total-sum", "backward_propagation(X, Y, cache)"),
    "colmajor_count_parameter_ok": ("ok", None, "back_prop(Z1, A1, Z2, A2, Z3, A3, W2, W3, X, Y, m_train)"),
    "colmajor_onehot_no_relu_gate": ("mismatch", "relu-gate", "one-hot labels"),
    "dict_cache_ok": ("ok", None, f"forward(X, params) and backward(params, cache, X, y), a params dict, 3 layers "
                      f"(it runs at no other depth), {ROWMAJOR}"),
    "dict_bias_mean": ("mismatch", "scaled-gradient", "a params dict"),
    "dict_softmax_no_shift": ("ok", None, "a params dict"),  # overflows on the unscaled weights only: a warning
    "globals_ok": ("ok", None, "module-level parameters, 3 layers (it runs at no other depth), row-major"),
    "globals_no_batch_division": ("mismatch", "scaled-gradient", "module-level parameters"),
    "globals_bias_not_updated": ("mismatch", "not-updated", "backward_pass updates the parameters"),
    "lists_ok": ("ok", None, "feedforward(X, Ws, bs) and backprop(Zs, As, Ws, X, y), weight and bias lists"),
    "lists_gradient_ascent": ("mismatch", "scaled-gradient", "weight and bias lists"),
    "lists_relu_gate_at_zero": ("mismatch", "relu-gate", "weight and bias lists"),
    "class_misspelled_methods_ok": ("ok", None, "class TwoLayerNet: forwardPropogation(X), then backwardPropogation"),
    "class_attrs_inplace_ok": ("ok", None, "class MLP: forward(X), then backward, parameters in attributes W1"),
    "class_attrs_hardcoded_lr": ("mismatch", "update-rule", "updates its parameters in place"),
    "class_attrs_bias_wrong_axis": ("mismatch", "raised", "class MLP"),
    "class_dict_ok": ("ok", None, "class NeuralNetwork: forward(X), then backward, parameters in the dict params"),
    "class_lists_colmajor_ok": ("ok", None, f"lists weights, biases, {COLMAJOR}, one-hot labels"),
    "class_lists_doubled_delta": ("mismatch", "scaled-gradient", "class Network"),
    "class_lists_float32": ("mismatch", "precision-loss", "class Network"),
    "class_stored_grads_ok": ("ok", None, "stores gradients on the instance"),
    "class_stored_bias_total_sum": ("mismatch", "bias-total-sum", "class Classifier"),
    "class_stored_fixed_batch": ("mismatch", "scaled-gradient", "class Classifier"),
    "cs231n_model_ok": ("ok", None, "CS231n style: loss(X) -> scores, loss(X, y) -> (loss, grads)"),
    "cs231n_model_reg_by_default": ("mismatch", "weight-decay", "CS231n style"),
    "cs231n_model_no_division": ("mismatch", "scaled-gradient", "CS231n style"),
    "cs231n_model_softmax_no_shift": ("ok", None, "CS231n style"),  # overflows on the unscaled weights only
    "cs231n_model_naive_softmax": ("ok", None, "CS231n style"),  # overflows on the unscaled weights only
    "layer_objects_ok": ("ok", None, "parameters in layer objects in layers"),
    "layer_objects_bias_no_axis": ("mismatch", "bias-total-sum", "layer objects"),
    "layer_objects_relu_mask_at_zero": ("mismatch", "relu-gate", "layer objects"),
    "objects_call_dicts_ok": ("ok", None, "layer objects Linear, ReLU composed by xval, the step through its "
                              "container Sequential(layers)"),
    "objects_call_dicts_bias_no_axis": ("mismatch", "layer-function", "layer objects Linear, ReLU"),
    "objects_attrs_no_loss_ok": ("ok", None, "layer objects Dense, ReLU composed by xval"),
    "objects_attrs_dw_after_overwrite": ("mismatch", "raised", "loss gradient: xval's softmax cross-entropy (the "
                                         "file has no usable loss layer)"),
    "objects_attrs_relu_mask_at_zero": ("mismatch", "layer-function", "layer objects Dense, ReLU composed by xval"),
    "objects_colmajor_ok": ("ok", None, "layer objects FullyConnectedLayer, Relu composed by xval (affine + Relu per "
                            "hidden layer, affine for the scores; fprop then bprop; the probabilities are not "
                            "exposed), column-major (x (features, batch), W (out, in)), biases (n, 1); gradients "
                            "read from each FullyConnectedLayer's grad['W'], grad['b']"),
    "layersig_objects_ok": ("ok", None, "layer objects FullyConnected, Sigmoid composed by xval"),
    "layersig_objects_derivative_of_output": ("mismatch", "layer-function", "W (out, in), biases (n,)"),
    "cs231n_layers_ok": ("ok", None, "layer functions affine_forward, affine_backward, relu_forward, relu_backward, "
                         "softmax_loss, composed by xval"),
    "cs231n_layers_bias_no_axis": ("mismatch", "layer-function", "layer functions"),
    "cs231n_layers_relu_at_zero": ("mismatch", "layer-function", "layer functions"),
    "cs231n_layers_dx_slip": ("mismatch", "layer-function", "layer functions"),
    "cs231n_layers_softmax_not_averaged": ("mismatch", "layer-function", "layer functions"),
    "class_hidden_size_unshifted_not_averaged": ("mismatch", "scaled-gradient", "class"),
    "class_placeholder_feed_ok": ("ok", None, "the batch set as self.slots['x'] and self.slots['y'] before each "
                                  "call"),
    "class_summed_ce_ok": ("ok", None, "class SumNet: forward(X), then backward, parameters in lists Ws, bs"),
    "class_summed_ce_mean_gradient": ("mismatch", "scaled-gradient", "class SumNet: forward(X), then backward"),
    "class_init_mode_no_sigmoid_derivative": ("mismatch", "activation-derivative", "class TwoLayer"),
    "class_placeholder_feed_not_averaged": ("mismatch", "scaled-gradient", "the batch set as self.slots['x']"),
    "class_hidden_count_stale_weights": ("mismatch", "stale-weights", "hidden_layers=1"),
    "class_rate_decay_bias_total_sum": ("mismatch", "bias-total-sum", "class DecayingMLP"),
    "class_hidden_count_ok": ("ok", None, "class Net: query(X), then train, parameters in lists weights, biases, 2 "
                              "layers fixed by its constructor, hidden_layers=1 (its count of hidden layers of one "
                              "width: one hidden layer)"),
    "class_weights_made_by_fit_one_step_ok": ("ok", None, "constructed with what its fit does before its loop"),
    "class_init_mode_ok": ("ok", None, "class TwoLayer: forward(X), then backward, parameters in attributes W1 .., 2 "
                           "layers fixed by its constructor, init_mode=1 (the first value its code compares it with)"),
    "class_hidden_size_ok": ("ok", None, "parameters in attributes W1 .., 2 layers fixed by its constructor"),
    "class_short_list_names_ok": ("ok", None, "parameters in lists W, b, row-major (x (batch, features), W (in, "
                                  "out)), biases (n,), one-hot labels; backward returns gradients"),
    "dict_named_weights_ok": ("ok", None, "feed_forward(X, weights) and compute_gradients(X, Y, weights, cache), a "
                              "params dict, 2 layers"),
    "dict_one_letter_ok": ("ok", None, "forward(X, p) and backward(X, y, p, cache), a params dict"),
    "pairs_ok": ("ok", None, "a list of (W, b) pairs"),
    "globals_lists_ok": ("ok", None, "forward_pass(X) and backward_pass(zs, acts, y, lr), module-level parameters"),
    "unpacked_returns_new_params_ok": ("ok", None, "unpacked arguments, 2 layers from its signature, row-major"),
    "colmajor_seven_arguments_ok": ("ok", None, "backward(Z1, A1, Z2, A2, W2, X, Y), unpacked arguments, 2 layers "
                                    "from its signature, column-major"),
    "class_hardcoded_colmajor_ok": ("ok", None, "class TwoLayerNet: forward(X), then train_step, parameters in "
                                    "attributes W1 .., 2 layers fixed by its constructor (its own 784-64-10), column-major"),
    "class_activation_names_ok": ("ok", None, "constructed with activations 'ReLU', 'Softmax' (its own names)"),
    "class_activation_names_no_relu_gate": ("mismatch", "relu-gate", "class Classifier: forward(X), then train_step"),
    "class_data_loading_ok": ("ok", None, "no data loading (raised FileNotFoundError; __init__ without line 10, 11), "
                              "weights made by its build_weights([784, 10])"),
    "class_data_loading_bias_total_sum": ("mismatch", "bias-total-sum", "weights made by its build_weights"),
    "class_own_sizes_ok": ("ok", None, "2 layers fixed by its constructor (its own 64-32-10)"),
    "class_own_sizes_no_batch_mean": ("mismatch", "scaled-gradient", "2 layers fixed by its constructor (its own 64-32-10)"),
    "colmajor_global_sample_count": ("mismatch", "global-sample-count", COLMAJOR),
    "colmajor_loader_sample_count": ("mismatch", "global-sample-count", COLMAJOR),
    "colmajor_onehot_labels_named_batch_ok": ("ok", None, "`batch` the labels (backward_propagation subtracts it "
                                              "from the output)"),
    "colmajor_softmax_of_hidden": ("mismatch", "forward-mismatch", COLMAJOR),
    "sigmoid_class_ok": ("ok", None, "class SigmoidNet: forward(X), then backward"),
    "sigmoid_class_derivative_on_z": ("mismatch", "activation-derivative", "class SigmoidNet"),
    "sigmoid_class_mse_delta": ("mismatch", "loss-mismatch", "class SigmoidNet"),
    "tanh_ok": ("ok", None, "forward_pass(X, Ws, bs) and backward_pass(Zs, As, Ws, X, y)"),
    "tanh_derivative_on_z": ("mismatch", "activation-derivative", "weight and bias lists"),
    "tanh_no_derivative": ("mismatch", "activation-derivative", "weight and bias lists"),
    "quadratic_mse_ok": ("ok", None, f"feedforward(x, weights, biases) and backprop(x, y, weights, biases), weight and "
                       f"bias lists, {COLMAJOR}, one-hot labels"),
    "quadratic_no_output_derivative": ("mismatch", "loss-mismatch", "backprop returns gradients"),
    "quadratic_prime_of_activation": ("mismatch", "activation-derivative", "backprop returns gradients"),
    "quadratic_sigmoid_prime_on_z": ("mismatch", "activation-derivative", "backprop returns gradients"),
    "quadratic_output_prime_of_activation": ("mismatch", "activation-derivative", "backprop returns gradients"),
    "bce_ok": ("ok", None, "notebook functions forward(x, weights, biases)"),
    "bce_mse_delta": ("mismatch", "loss-mismatch", "notebook functions"),
    "bce_no_batch_mean": ("mismatch", "scaled-gradient", "notebook functions"),
    "bce_guarded_derivative": ("mismatch", "small-constant", "notebook functions"),
    "identity_ok": ("ok", None, "forward(X, params) and backward(params, zs, activations, y), a list of (W, b) pairs"),
    "identity_tanh_prime_of_a": ("mismatch", "activation-derivative", "a list of (W, b) pairs"),
    "leaky_ok": ("ok", None, "a list of (W, b) pairs"),
    "leaky_no_slope": ("mismatch", "relu-gate", "a list of (W, b) pairs"),
    "leaky_gate_at_zero": ("mismatch", "relu-gate", "a list of (W, b) pairs"),
    "unusable_train_only": ("unusable", None, "no interface xval can check"),
    "unusable_backward_takes_output_delta": ("unusable", None, "Nearest: functions: cannot tell what to pass as `dZ2` "
                                             "(backward(dZ2, cache, params))"),
    "unusable_update_applies_stored_gradients": ("unusable", None, "class Net: update neither takes nor reads the "
                                                 "labels: it applies gradients another method computes; name the "
                                                 "method that computes them with --backward NAME (e.g. --backward "
                                                 "back_prop_sample)"),
    "unusable_backprop_applies_stored_gradients": ("unusable", None, "backprop neither takes nor reads the labels: "
                                                   "it applies gradients another method computes"),
    "unusable_update_averages_stored_gradients": ("unusable", None, "class Classifier: update neither takes nor reads "
                                                  "the labels"),
    "unusable_top_level_script": ("unusable", None, "its network is top-level code, not functions xval can call (the "
                                  "matrix products are in statements at line 12, line 13, line 19 ..., and no "
                                  "function or method has one): put the forward pass and the backward pass in "
                                  "functions"),
    "epoch_function_ok": ("ok", None, "function sgd_epoch: its training loop at line 14 run once on a batch (`X` for "
                          "the mini-batch of `start`), the weights it updates W1/b1, W2/b2 (2 layers), input "
                          "`X`, labels `y`, output `probs`, rate `lr`"),
    "epoch_function_mean_over_everything": ("mismatch", "scaled-gradient", "function sgd_epoch"),
    "epoch_function_nominal_batch": ("mismatch", "short-batch", "function sgd_epoch"),
    "epoch_function_whole_batches_ok": ("ok", None, "function sgd_epoch"),
    "epoch_function_drops_short_batch_ok": ("ok", None, "function sgd_epoch"),
    "class_train_method_ok": ("ok", None, "method TinyClassifier.train: its training loop at line 17 run once on the "
                              "whole batch (on the instance the file makes, `self.` attributes read as names), the "
                              "weights it updates W1/b1, W2/b2 (its own 4-8-3 layers), input `X`, labels `Y`"),
    "class_train_method_no_tanh_derivative": ("mismatch", "activation-derivative", "method TinyClassifier.train"),
    "train_function_own_weights_ok": ("ok", None, "function train: its training loop at line 17 run once on the "
                                      "whole batch, the weights it updates w_in/bias_in, w_out/bias_out (its own "
                                      "2-6-1 layers), input `inputs`, labels `column`, output `out`, rate `rate`"),
    "train_function_own_weights_bias_total_sum": ("mismatch", "bias-total-sum", "function train"),
    "script_ok": ("ok", None, "script: the training loop at line 17 run once on the whole batch, module-level weights "
                  "W1/b1, W2/b2 (its own 784-32-10 layers), input `X`, labels `y`, output `probs`, rate `lr`"),
    "script_zip_updates_ok": ("ok", None, "module-level weights W1/b1, W2/b2 (its own 784-32-10 layers), input `X`"),
    "script_forward_function_ok": ("ok", None, "module-level weights W1/b1, W2/b2 (its own 784-32-10 layers), input "
                                   "`X`, labels `y`, output `probs`"),
    "script_while_ok": ("ok", None, "script: the training loop at line 16 run once on the whole batch"),
    "script_one_step_ok": ("ok", None, "script: one step written out at top level (from line 20, no loop) run on one "
                           "sample at a time (its own data is one sample), module-level weights U/c, V/d (its own "
                           "4-5-3 layers), input `sample`, labels `target`, output `p`, rate `eta`"),
    "script_one_step_derivative_of_z": ("mismatch", "activation-derivative", "one step written out at top level"),
    "script_indexed_sample_ok": ("ok", None, "run once on one sample at a time, module-level weights V/c, U/d (its "
                                 "own 2-3-1 layers), input `X`, labels `T`, output `o`"),
    "script_accumulated_ok": ("ok", None, "run once on the whole batch, module-level weights V/c, U/d (its own 2-3-1 "
                              "layers), input `X`, labels `T`, output `o`, rate 0.5 (the constant of its updates)"),
    "script_decay_in_update": ("mismatch", "weight-decay", "module-level weights W1/b1, W2/b2"),
    "script_not_averaged": ("mismatch", "scaled-gradient", "module-level weights W1/b1, W2/b2 (its own 784-32-10 layers)"),
    "script_colmajor_ok": ("ok", None, "output `A2`, rate `learning_rate`, column-major (x (features, batch), W (out, "
                           "in)), biases (n, 1), one-hot labels"),
    "script_colmajor_bias_total_sum": ("mismatch", "bias-total-sum", "column-major"),
    "script_minibatch_ok": ("ok", None, "run once on a batch (`images` for the mini-batch of `start`), module-level "
                            "weights w_in/bias_in, w_out/bias_out"),
    "script_minibatch_gate_at_zero": ("mismatch", "relu-gate", "`batch_size` set to the batch size"),
    "script_per_sample_ok": ("ok", None, "run once on one sample at a time, module-level weights V/c, U/d (its own "
                             "2-3-1 layers), input `x`, labels `t`, output `o`, rate 0.5 (the constant of its "
                             "updates)"),
    "script_per_sample_no_sigmoid_derivative": ("mismatch", "activation-derivative", "one sample at a time"),
    "script_main_ok": ("ok", None, "module-level weights syn0, syn1 (its own 3-5-1 layers), input `inputs`, labels "
                       "`truth`, output `l2`, rate `step`, row-major (x (batch, features), W (in, out)), no biases, "
                       "one-hot labels, the gradient implied by the update; `N` set to the batch size"),
    "script_main_rate_twice": ("mismatch", "scaled-gradient", "rate `step`"),
    "unusable_class_without_backward": ("unusable", None, "Nearest: class: class Perceptron: could not run forward "
                                        "on a probe batch (Perceptron(): holds no weights xval can find"),
    "unusable_weights_need_the_data": ("unusable", None, "built 1 layers; the weights checked have 4; it was "
                                       "constructed with no data loading (raised FileNotFoundError; __init__ "
                                       "without line 8, 9)"),
    "dropout_unpacked_ok": ("ok", None, "keep_prob=1.0 passed (dropout off), 2 layers from its signature"),
    "readout_sigmoid_ok": ("ok", None, "class Net: forward(X), then backward, parameters in the dict params"),
    "readout_sigmoid_derivative_on_z": ("mismatch", "activation-derivative", "class Net"),
    "activations_hidden_list_ok": ("ok", None, "class Classifier: forward(X), then backprop"),
    "unusable_backward_needs_upstream_gradient": ("unusable", None, "its backward takes the loss's gradient at the "
                                                  "output (`dout`) and its model ends in a softmax: xval passes that "
                                                  "gradient only to a linear output"),
    "class_upstream_layers_ok": ("ok", None, "`dout` given by xval: the checked loss's gradient at the output (the "
                                 "batch mean's)"),
    "class_upstream_per_sample_ok": ("ok", None, "`grad_out` given by xval: the checked loss's gradient at the output "
                                     "(one row per sample: it divides by the batch size itself)"),
    "class_upstream_per_sample_bias_mean": ("mismatch", "scaled-gradient", "class Regressor: forward(X), then "
                                            "backward"),
    "dict_cache_upstream_ok": ("ok", None, "functions forward(params, x) and backward(params, cache, dout), a params "
                               "dict"),
    "dict_cache_upstream_no_relu_mask": ("mismatch", "relu-gate", "backward(params, cache, dout)"),
    "dict_cache_upstream_mean_loss_ok": ("ok", None, "backward(params, cache, dout)"),
    "class_two_lists_ok": ("ok", None, "class Net: feedForward(X), then learn, parameters in lists w, b, "
                           "column-major"),  # its whole step, which calls backprop on each (x, y) pair
    "class_two_lists_slope_of_activation": ("mismatch", "activation-derivative", "then learn, parameters in lists"),
    "objects_bound_activation_ok": ("ok", None, "layer objects FullyConnected, Activation(tanh, tanh_prime) composed"),
    "objects_bound_activation_prime_of_input": ("mismatch", "layer-function", "Activation(tanh, tanh_prime)"),
    "objects_returned_grads_ok": ("unusable", None, "its layers agree with the oracles, but gradients(layers, x, "
                                  "y_onehot, keep) feeds them a loss gradient of its own (line 35"),
    "objects_returned_grads_bias_mean": ("mismatch", "layer-function", "layer objects Affine, Rectifier"),
    "class_data_loading_comprehension_ok": ("ok", None, "no data loading (raised FileNotFoundError; __init__ without "
                                            "line 10, 11), weights made by its build_weights"),
    "unrolled_nn_params_misnamed_lambda_ok": ("ok", None, "learning_rate passed 0 (no regularisation)"),
    "class_capas_ocultas_ok": ("ok", None, "class RedNeuronal: forward(X), then backpropagate, parameters in lists "
                               "pesos, sesgos"),
    "class_capas_ocultas_stale_weights": ("mismatch", "stale-weights", "class RedNeuronal: forward(X), then "
                                          "backpropagate"),
    "class_eval_mats_ok": ("ok", None, "class Regressor: eval(X), then gradient_backprop, parameters in lists mats, "
                           "biases"),
    "class_eval_mats_not_averaged": ("mismatch", "scaled-gradient", "class Regressor: eval(X), then "
                                     "gradient_backprop"),
    "forward_loss_info_ok": ("ok", None, "functions forward_loss(X, y, weights) and loss_gradients(info, weights), "
                             "a params dict"),
    "forward_loss_info_mean_of_all_not_divided": ("mismatch", "scaled-gradient", "a params dict"),
    "globals_linear_output_ok": ("ok", None, "functions forward(X) and backward(X, Y, Z1, A1, Z2), module-level "
                                 "parameters, 2 layers"),
    "globals_linear_output_no_mean": ("mismatch", "scaled-gradient", "module-level parameters"),
    "objects_added_layers_ok": ("ok", None, "class Stack: forward(X), then backprop, parameters in layer objects in "
                                "parts, constructed with its layers added as the file adds them (add(Dense(...)) for "
                                "each layer, at the checked sizes)"),
    "objects_added_layers_bias_mean": ("mismatch", "scaled-gradient", "class Stack: forward(X), then backprop"),
    "summed_sse_functions_ok": ("ok", None, "functions forward(X, params) and backward(params, cache, Y), a params "
                                "dict"),
    "summed_sse_functions_mean_gradient": ("mismatch", "scaled-gradient", "a params dict"),
    "class_rate_decay_ok": ("ok", None, "class DecayingMLP: forward(X), then train_step, parameters in lists W, b, "
                            "row-major (x (batch, features), W (in, out)), biases (n,), integer labels; train_step "
                            "updates its parameters in place, its learning rate rescaled before it updates "
                            "(`self.lr *= self.decay`): judged at the rate it used"),
    "class_rate_decay_after_ok": ("ok", None, "integer labels; train_step updates its parameters in place"),
    "class_cached_regression_ok": ("ok", None, "class ColumnRegressor: forward(X), then backward, parameters in "
                                   "lists Ws, bs, column-major"),
    "class_cached_regression_no_two": ("mismatch", "scaled-gradient", "class ColumnRegressor: forward(X), then "
                                       "backward"),
    "class_stored_grads_dunder_ok": ("ok", None, "class Classifier: __forward(X), then __backward"),
    "unusable_backward_reads_a_loop_global": ("unusable", None, "`scale` is set only by top-level code xval does "
                                              "not run (line 38: for start in range"),
    "dict_loop_batch_global_ok": ("ok", None, "functions forward(X, params) and backward(X, Y, params, cache), a params "
                                  "dict, column-major"),
    "colmajor_loop_batch_global_bias_total_sum": ("mismatch", "bias-total-sum", "backward_cols returns gradients"),
    "colmajor_loop_batch_global_ok": ("ok", None, "functions forward_cols(X, params) and backward_cols(X, Y, params, "
                                      "cache), a params dict, 2 layers"),
    "unusable_backward_reads_a_config_object": ("unusable", None, "cannot tell what to pass as `nn_model`"),
    "class_layer_calls_ok": ("ok", None, "class Stack: forward(X), then backward, parameters in layer objects in "
                             "layers, `layers` written like the file's own example at the checked sizes"),
    "class_layer_calls_no_relu_gate": ("mismatch", "relu-gate", "class Stack: forward(X), then backward"),
    "class_layer_calls_regression_ok": ("ok", None, "`layers` with one output unit as its own call builds it"),
    "class_weights_made_by_fit_ok": ("ok", None, "constructed with what its fit does before its loop, on a probe "
                                     "batch"),
    "class_weights_made_by_fit_bias_total_sum": ("mismatch", "bias-total-sum", "class LateNet: forward(X), then "
                                                 "gradients"),
    "objects_parameter_fields_ok": ("ok", None, "gradients read from each Dense's W.grad, b.grad"),
    "objects_parameter_fields_grad_from_output": ("mismatch", "layer-function", "layer objects Dense, Tanh"),
    "class_full_size_list_ok": ("ok", None, "class Classifier: forward(X), then train_step"),
    "class_feedforward_a_ok": ("ok", None, "class MLP: feedforward(X), then train_step"),
    "tanh_batch_tuple_ok": ("ok", None, "class TupleNet: forward(X), then train_step"),
    "class_sample_pairs_ok": ("ok", None, "class SampleNet: feedforward(X), then update_mini_batch"),
    "class_dims_lists_ok": ("ok", None, "`weight_decay` passed the L2 strength checked (0 when none"),
    "class_dims_lists_bias_mean": ("mismatch", "scaled-gradient", "class MLP: forward(X), then train_batch"),
    "msekit_layers_ok": ("ok", None, "layer objects Linear, Tanh composed by xval"),
    "msekit_layers_tanh_prime_of_output": ("mismatch", "layer-function", "layer objects Linear, Tanh"),
    "class_private_backward_ok": ("ok", None, "class Model: forward(X), then _backward"),
    "class_private_backward_relu_gate_at_zero": ("mismatch", "relu-gate", "then _backward"),
    "cs231n_loss_needs_y_ok": ("ok", None, "no loss(X) for the scores, so the forward is not compared"),
    "cs231n_loss_needs_y_bias_total": ("mismatch", "bias-total-sum", "CS231n style: loss(X, y)"),
    "class_sequential_names_ok": ("ok", None, "class Neural_Network: forward(X), then backward"),
    "class_sequential_names_not_averaged": ("mismatch", "scaled-gradient", "class Neural_Network"),
    "class_activation_table_ok": ("ok", None, "class DenseNet: forward_propagation(X), then backward_propagation"),
    "class_activation_table_relu_gate_at_zero": ("mismatch", "relu-gate", "class DenseNet"),
    "class_layers_dict_ok": ("ok", None, "class TwoLayerNet: predict(X) (the scores: the class applies its softmax "
                             "elsewhere), then gradient, parameters in the dict params"),
    "class_layers_dict_l2_in_loss_only": ("mismatch", "weight-decay", "then gradient"),
    "class_layers_dict_loss_not_averaged": ("mismatch", "scaled-gradient", "then gradient"),
    "class_fit_predict_ok": ("ok", None, "class TwoLayerClassifier: predict(X), then fit"),
    "class_fit_predict_no_relu_gate": ("mismatch", "relu-gate", "predict(X), then fit"),
    "class_forward_propagate_ok": ("ok", None, "class Net: forward_propagate(X), then train"),
    "class_forward_propagate_output_bias_not_summed": ("mismatch", "bias-total-sum", "forward_propagate(X)"),
    "unusable_predict_gives_labels": ("unusable", None, "class SoftmaxNet has no forward method, and predict(X) does "
                                      "not give the output layer's values"),
    "class_two_dicts_ok": ("ok", None, "parameters in the dicts weights, biases, constructed with weights made by its "
                           "initialize_parameters()"),
    "class_two_dicts_bias_not_averaged": ("mismatch", "scaled-gradient", "parameters in the dicts weights, biases"),
    "class_ctor_choices_ok": ("ok", None, "init='he' (a key of the dict its __init__ looks it up in)"),
    "class_ctor_choices_relu_gate_at_zero": ("mismatch", "relu-gate", "self.batch_size set to each batch's size"),
    "star_sizes_ok": ("ok", None, "sizes passed as *sizes"),
    "star_sizes_not_averaged": ("mismatch", "scaled-gradient", "(no learning rate: rate 1)"),
    "ratekit_per_sample_ok": ("ok", None, "update by its backward(dout, learning_rate) (the change at rate 1)"),
    "ratekit_per_sample_softmax_diagonal": ("mismatch", "layer-function", "layer objects Dense, Sigmoid"),
    "ratekit_per_sample_updated_weights": ("mismatch", "layer-function", "layer objects Dense, Sigmoid"),
    "class_train_loop_ok": ("ok", None, "then fit, parameters in lists weights, biases"),
    "class_train_loop_not_averaged": ("mismatch", "scaled-gradient", "fit updates its parameters in place, run for "
                                      "one epoch"),
    "class_train_loop_bias_total": ("mismatch", "bias-total-sum", "run for one epoch"),
    "persample_class_ok": ("ok", None, "train updates its parameters in place, run for one epoch, on one sample per "
                           "call (it updates after every sample)"),
    "persample_class_stored_output_ok": ("ok", None, "train updates its parameters in place, run for one epoch, on "
                                         "one sample per call"),
    "persample_class_no_sigmoid_derivative": ("mismatch", "activation-derivative", "on one sample per call"),
    "persample_class_updated_weights_used": ("mismatch", "stale-weights", "on one sample per call"),
    "class_lists_rebound_ok": ("ok", None, "class Net: forward(X), then train_step, parameters in lists weights"),
    "class_regularised_minibatch_ok": ("ok", None, "then update_mini_batch, parameters in lists weights, biases, "
                                       "column-major"),
    "class_regularised_minibatch_bias_total": ("mismatch", "bias-total-sum", "`lmbda` passed the L2 strength "
                                               "checked"),
    "class_named_layers_ok": ("ok", None, "class MLP: _forward(X), then _backward, parameters in attributes "
                              "weights_input_hidden .., 2 layers fixed by its constructor (its own 784-48-10), "
                              "constructed with weights made by its _initialize_weights(784)"),
    "class_named_layers_output_error_not_averaged": ("mismatch", "scaled-gradient", "weights_input_hidden"),
    "class_dataclass_params_ok": ("ok", None, "class Classifier: forward(X), then backward, parameters in attributes "
                                  "weights.W1 .."),
    "class_dataclass_params_relu_gate_of_activation": ("mismatch", "relu-gate", "weights.W1"),
    "binary_class_ok": ("ok", None, "class BinaryMLP: forward(X), then backward, parameters in attributes W1 .., 2 "
                        "layers fixed by its constructor (its own 784-48-1)"),
    "binary_class_squared_error_delta": ("mismatch", "loss-mismatch", "class BinaryMLP"),
    "binary_class_target_taken_as_one": ("mismatch", "gradient-mismatch", "class BinaryMLP"),
    "objects_bias_trick_ok": ("ok", None, "layer objects Linear, ReLU composed by xval (affine + ReLU per hidden layer, "
                              "affine for the scores; forward then backward; the probabilities are not exposed), "
                              "row-major (x (batch, features), W (in, out)), biases (1, n), the bias folded into the "
                              "weight as its last row (the layer adds the ones); gradients read from each Linear's "
                              "weight_grad (the bias its last row)"),
    "objects_bias_trick_ones_column_kept": ("mismatch", "layer-function", "the bias folded into the weight as its last "
                                            "row"),
    "class_rate_set_by_train_ok": ("ok", None, "backward updates its parameters in place, the learning rate set as "
                                   "self.learning_rate (nothing else sets it but training)"),
    "class_rate_set_by_train_no_relu_gate": ("mismatch", "relu-gate", "self.learning_rate"),
    "arch_functions_prefixed_ok": ("ok", None, "functions nn_forward(X, nn_params, layers) and nn_backward(Y_hat, Y, "
                                   "memory, nn_params, layers), a params dict, `layers` written like the file's own "
                                   "layer list at the checked sizes"),
    "arch_functions_prefixed_bias_total_sum": ("mismatch", "bias-total-sum", "functions nn_forward(X, nn_params, "
                                               "layers)"),
    "arch_functions_ok": ("ok", None, "functions full_forward(X, params, layers) and full_backward(Y_hat, Y, memory, "
                          "params, layers), a params dict, `layers` written like the file's own layer list at the "
                          "checked sizes"),
    "arch_functions_relu_gate_at_zero": ("mismatch", "relu-gate", "written like the file's own layer list"),
    "layerdicts_class_ok": ("ok", None, "parameters in dicts weights, biases by layer number, `architecture` written "
                            "like the file's own example at the checked sizes, loss='softmax_cross_entropy' as in "
                            "that example's call"),
    "layerdicts_class_bias_mean": ("mismatch", "scaled-gradient", "each dW transposed to its W"),
    "perparam_functions_ok": ("ok", None, "functions forward(X, W1, b1, W2, b2) and derivative_w2 + derivative_b2 + "
                              "derivative_w1 + derivative_b1(Z, T, Yhat, X, W2), unpacked arguments"),
    "perparam_functions_ascent_summed": ("mismatch", "scaled-gradient", "derivative_w2 + derivative_b2"),
    "lists_forward_takes_labels_ok": ("ok", None, "functions forward(x, y, weights, biases) and backward(x, y, "
                                      "weights, biases, zs, activations), weight and bias lists"),
    "lists_forward_takes_labels_bias_mean": ("mismatch", "scaled-gradient", "forward(x, y, weights, biases)"),
    "binarycall_sized_by_its_call_no_batch_mean": ("mismatch", "scaled-gradient", "`output_size` with one output "
                                                   "unit as its own call builds it"),
    "binarycall_sized_by_its_call_ok": ("ok", None, "`output_size` with one output unit as its own call builds it "
                                        "(binary: 0/1 labels)"),
    "dlai_L_layer_ok": ("ok", None, "functions L_model_forward(X, parameters) and L_model_backward(AL, Y, caches), a "
                       "params dict, column-major"),
    "dlai_L_layer_preds_ok": ("ok", None, "L_model_backward(preds, Y, caches), a params dict"),
    "dlai_L_layer_db_over_units": ("mismatch", "raised", "L_model_backward returns gradients"),
    "dlai_L_layer_squared_error_delta": ("mismatch", "loss-mismatch", "a params dict"),
    "dlai_L_layer_course_delta_ok": ("ok", None, "L_model_backward(AL, Y, caches), a params dict"),
    "dlai_L_layer_binary_assert_ok": ("ok", None, "one output unit (it runs only with one: a binary classifier)"),
    "dropout_dict_ok": ("ok", None, "drop_p=0.0, training=False passed (dropout off)"),
    "dropout_dict_no_batch_mean": ("mismatch", "scaled-gradient", "backward_pass(cache, params, Y, drop_p)"),
    "module_framework_ok": ("ok", None, "the step through its container Sequential(*layers) (affine + ReLU per hidden layer, affine for the scores; forward then backward; the probabilities are not exposed), row-major (x (batch, features), W (in, out)), biases (n,), integer labels; gradients read from each Linear's grad_W, grad_b; loss gradient: the file's SoftmaxCrossEntropyCriterion.backward(probabilities, labels)"),
    "module_framework_relu_ignores_grad_output": ("mismatch", "layer-function", "gradients read from each Linear's "
                                                  "grad_W, grad_b"),
    "nabla_lengths_ok": ("ok", None, "backprop returns gradients, on one sample per call"),
    "nabla_lengths_output_without_sigmoid_prime": ("mismatch", "loss-mismatch", "class Network: feedforward(X), "
                                                   "then backprop"),
    "cs231n_model_unfinished_grads": ("mismatch", "raised", "CS231n style"),
    "cs231n_loops_ok": ("ok", None, "biases (n,), integer labels; loss returns gradients"),
    "cs231n_loops_only_output_grads": ("mismatch", "raised", "biases (n,), integer labels; loss returns gradients"),
    "pairindex_class_ok": ("ok", None, "class PairNet: feedforward(X), then gradients"),
    "pairindex_class_gate_from_output": ("mismatch", "raised", "class PairNet: feedforward(X), then gradients"),
    "dlai_L_layer_binary_assert_squared_error_delta": ("mismatch", "loss-mismatch", "one output unit (it runs only with one: a binary classifier)"),
    "foreign_class_ok": ("ok", None, "class RedeNeural: propagacao_frente(X), then retropropagacao, parameters in "
                         "attributes pesos_entrada_oculta"),
    "foreign_class_no_tanh_derivative": ("mismatch", "activation-derivative", "retropropagacao updates its parameters "
                                         "in place"),
    "foreign_class_squared_error_named_in_portuguese": ("mismatch", "loss-mismatch", "class RedeNeural"),
    "foreign_class_bias_mean": ("mismatch", "scaled-gradient", "class RedeNeural"),
    "held_no_bias_train_data_ok": ("ok", None, "constructed with probe data as train_data, y_true, the batch set as "
                                   "self.input and self.y before each call"),
    "held_no_bias_ok": ("ok", None, "parameters in attributes weights1 .. (no biases), 2 layers fixed by its "
                        "constructor (its own 784-6-10), constructed with probe data as x, y, the batch set as "
                        "self.input and self.y before each call"),
    "held_sse_without_half": ("mismatch", "loss-mismatch", "backprop updates its parameters in place (no learning "
                              "rate: rate 1)"),
    "held_derivative_of_activation_again": ("mismatch", "activation-derivative", "(no biases)"),
    # biases folded into the weight matrices (theta style)
    "course_thetas_ok": ("ok", None, "back_prop(X, y, Theta1, Theta2, lambda_), unpacked arguments, lambda_ passed "
                         "the L2 strength checked (see 'checked as'; 0 when none), 2 layers from its signature, "
                         "row-major (x (batch, features)), biases "
                         "folded into Theta1.. as column 0 of (out, in + 1), ones added by the file, integer labels, "
                         "the input numbered as layer 1 (a1); back_prop returns gradients"),
    "course_thetas_bias_column_dropped": ("mismatch", "not-updated", "biases folded into Theta1.."),
    "course_thetas_output_sigmoid_prime": ("mismatch", "loss-mismatch", "biases folded into Theta1.."),
    "theta_caller_ones_inplace_ok": ("ok", None, "column-major (x (features, batch)), biases folded into theta1.. as "
                                     "column 0 of (out, in + 1), ones expected from the caller, one-hot labels; "
                                     "back_prop updates the parameters"),
    "theta_caller_ones_wrong_column_removed": ("mismatch", "gradient-mismatch", "ones expected from the caller"),
    "theta_rowmajor_new_thetas_ok": ("ok", None, "row-major (x (batch, features)), biases folded into theta1.. as row 0 "
                                     "of (in + 1, out), ones added by the file, integer labels; train_step updates "
                                     "the parameters"),
    "unrolled_nn_params_ok": ("ok", None, "function nn_cost_function(nn_params, input_layer_size, hidden_layer_size, "
                              "num_labels, X, y, lambda_) -> (J, grad), the parameters unrolled into nn_params in "
                              "Fortran order (read from its source), sizes from input_layer_size, hidden_layer_size, "
                              "num_labels, 1 hidden layer, lambda_ passed 0 (no regularisation)"),
    "unrolled_nn_params_grad_c_order": ("mismatch", "gradient-mismatch", "unrolled into nn_params in Fortran order"),
    # read from what the wild writes: stacks of columns, settings dicts, estimator attributes, returned lists, a
    # label column, fixed tiny nets
    "wild_stackcols_ok": ("ok", None, "class ColumnClassifier: forward_pass(X), then train, parameters in attributes "
                          "W_hidden .., 2 layers fixed by its constructor, column-major (x (features, batch), W (out, "
                          "in)), biases (n, 1), one-hot labels; train updates its parameters in place, self.batch_size "
                          "set to each batch's size, the batch passed as a stack of column vectors (batch, features, "
                          "1), run for one epoch"),
    "wild_stackcols_no_sigmoid_derivative": ("mismatch", "activation-derivative", "a stack of column vectors"),
    "wild_configdict_ok": ("ok", None, "class Net: forward(X), then backward, parameters in layer objects in layers, "
                           "`settings` a dict of settings ('layer_sizes' set for the check), the batch set as "
                           "self.labels before each call, row-major (x (batch, features), W (in, out)), biases (1, n), "
                           "one-hot labels; backward stores gradients on the instance, read as minus the gradient (the "
                           "update at line 98 adds it)"),
    "wild_configdict_delta_not_averaged": ("mismatch", "scaled-gradient", "`settings` a dict of settings"),
    "wild_fitattrs_ok": ("ok", None, "class MLP: predict(X), then fit, parameters in attributes w1 .. (its own "
                         "784-64-32-10), row-major (x (batch, features), W (in, out)), biases (1, n), integer labels; "
                         "fit updates its parameters in place, self.batch_size set to each batch's size, self.epochs "
                         "set to 1, run for one epoch"),
    "wild_fitattrs_softmax_eps": ("mismatch", "epsilon-guard", "class MLP: predict(X), then fit"),
    "wild_fitattrs_bias_total_sum": ("mismatch", "bias-total-sum", "class MLP: predict(X), then fit"),
    "wild_returnedlists_ok": ("ok", None, "class Perceptron: feedforward(X), then backpropagation, parameters in lists "
                              "weights, biases (checked at 784-256-128-1), `layers` with one output unit as its own call "
                              "builds it (binary: 0/1 labels), activations=['tanh', 'tanh', 'sigmoid'] as in that "
                              "example's call, column-major (x (features, batch), W (out, in)), biases (n, 1), one-hot "
                              "labels; backpropagation returns gradients, read as minus the gradient (the update at "
                              "line 56 adds it)"),
    "wild_returnedlists_prime_of_activation": ("mismatch", "activation-derivative", "class Perceptron"),
    "wild_labelcol_ok": ("ok", None, "class Classifier: _forward(X), then _backward, parameters in lists weights, "
                         "biases (checked at 784-256-128-1), `layer_sizes` with one output unit as its code makes the "
                         "labels one column (y_target.reshape(-1, 1)) (binary: 0/1 labels)"),
    "wild_labelcol_updated_weights": ("mismatch", "stale-weights", "class Classifier"),
    "wild_labelcol_elementwise_product": ("mismatch", "raised", "class Classifier"),
    "wild_xorlike_ok": ("ok", None, "class TinyNet: forward(X), then train, parameters in attributes w_ih .. (no "
                        "biases), 2 layers fixed by its constructor (its own 2-2-1), row-major x (batch, features) "
                        "used transposed (W @ x.T), W (out, in), the layers' values (n, batch), one-hot labels; train "
                        "updates its parameters in place, run for one epoch, on one sample per call"),
    "wild_xorlike_hidden_after_update": ("mismatch", "stale-weights", "class TinyNet"),
    "methods_namespace_ok": ("ok", None, "the methods of class DeepTanhModel (one instance, made without running "
                             "__init__ (its constructor takes arguments)) as functions forward_propagation(X, "
                             "parameters) and backward_propagation(AL, Y, caches, parameters), a params dict, "
                             f"{COLMAJOR}, one-hot labels"),
    "methods_namespace_tanh_prime_of_z": ("mismatch", "activation-derivative", "the methods of class DeepTanhModel"),
    "methods_namespace_bias_total_sum": ("mismatch", "bias-total-sum", "the methods of class DeepTanhModel"),
    "objects_kept_results_ok": ("ok", None, "results read from self.output, self.dinputs (its layers' methods return "
                                "nothing); gradients read from each DenseLayer's dweights, dbiases"),
    "objects_kept_results_bias_total_sum": ("mismatch", "layer-function", "layer objects DenseLayer, ReLUActivation"),
    "objects_kept_results_relu_mask_inverted": ("mismatch", "layer-function", "layer objects DenseLayer, "
                                                "ReLUActivation"),
    "objects_kept_rate_ok": ("ok", None, "gradients read from each FullyConnected's update by its backward(dout) with "
                             "its learning_rate set to 1 (the change at rate 1)"),
    "objects_kept_rate_required_ok": ("ok", None, "gradients read from each FullyConnected's update by its "
                                      "backward(dout) with its learning_rate set to 1"),
    "objects_kept_rate_head_not_averaged": ("mismatch", "scaled-gradient", "loss gradient: the file's softmax_head()"),
    "objects_kept_rate_probs_grad_function_ok": ("unusable", None, "feeds them a loss gradient of its own (line 48: "
                                                 "`grad = grad_softmax_crossentropy(e / e.sum(axis=1, keepdims=True), "
                                                 "onehot)`) that xval does not run, so the file has no verdict"),
    "objects_kept_rate_grad_function_ok": ("ok", None, "loss gradient: the file's grad_softmax_crossentropy_with_logits()"),
    "objects_kept_rate_passes_updated_weights": ("mismatch", "layer-function", "layer objects FullyConnected, Rectifier"),
    "unusable_layer_backward_arguments_unread": ("unusable", None, "Linear.backward: xval's call does not fit its "
                                                 "signature (TypeError: Linear.backward() missing 1 required "
                                                 "positional argument: 'g')"),
    "regression_column_ok": ("ok", None, "2 layers from its signature, one output unit (its backward makes the labels "
                             "one column (targets.reshape(-1, 1)))"),
    "regression_column_no_batch_mean": ("mismatch", "scaled-gradient", "one output unit (its backward makes the "
                                        "labels one column"),
    "class_gradient_descent_ok": ("ok", None, "class Perceptron: predict(X), then gradient_descent, parameters in "
                                  "layer objects in layers"),
    "class_gradient_descent_no_sigmoid_derivative": ("mismatch", "loss-mismatch", "then gradient_descent"),
    "mse_mean_all_ok": ("ok", None, "class SquaredErrorNet: forward(X), then backward"),
    "mse_mean_all_half_convention": ("mismatch", "scaled-gradient", "class SquaredErrorNet"),
    "class_activation_dict_ok": ("ok", None, "class Net: forward(X), then backward, parameters in lists Ws, bs, "
                                 "constructed with activations 'relu', 'sigmoid' (its own names)"),
    "class_activation_dict_no_batch_mean": ("mismatch", "scaled-gradient", "constructed with activations 'relu', "
                                            "'sigmoid'"),
    "class_passed_functions_ok": ("ok", None, "act=tanh as in that example's call, act_prime=tanh_prime as in that "
                                  "example's call"),
    "class_passed_functions_derivative_of_output": ("mismatch", "activation-derivative", "act=tanh as in that "
                                                    "example's call"),
    "class_two_hidden_named_ok": ("ok", None, "class TwoHiddenNet: feedforward(X), then backpropagation, parameters "
                                  "in attributes weights_input_hidden1 .., 3 layers fixed by its constructor"),
    "class_two_hidden_named_gate_skips_layer": ("mismatch", "gradient-mismatch", "class TwoHiddenNet"),
    "reluout_class_doubled": ("mismatch", "scaled-gradient", "class RegressionNet: forward(X), then backward"),
}

CHECKED_AS = {  # style -> the "checked as" line of its files (the model read from each file, and from where)
    "class_layer_dicts_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)",
    "class_layer_dicts_tanh_of_pre": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)",
    "objects_squared": "sigmoid hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (default for a softmax output; its layers are composed with xval's softmax cross-entropy",
    "class_rate_kept_unnamed_ok": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    "class_rate_kept_unnamed_idata_ok": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    "class_rate_kept_unnamed_no_hidden_slope": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    "class_actual": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    "class_test": "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    "script_settings": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your total_loss), L2 0.001 (read from your total_loss: `Settings.decay / 2 * (np.sum(W1 ** 2) + np.sum(W2 ** 2))`, with decay = 0.001, which its training reads too)",
    "functions_mlp": "tanh hidden units (detected from your forward), softmax + cross-entropy "
                    "(default for a softmax output",
    "functions_deltas": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                        "squared_error",
    "class_loose": "tanh hidden units (detected from your forward), softmax + cross-entropy (default",
    "class_grad": "tanh hidden units (detected from your forward), softmax + cross-entropy (default",
    "class_textbook": "tanh hidden units (detected from your forward), sigmoid + MSE (read from your "
                      "cost_derivative)",
    "class_one": "relu hidden units (detected from your forward), softmax + cross-entropy (default for a "
                 "softmax output",
    "functions_cache": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                       "softmax output",
    "class_layer_attributes_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a "
                             "softmax output",
    "class_layer_attributes_tanh_slope_of_z": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a "
                                          "softmax output",
    "class_layer_attributes_optimizer_name_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a "
                                            "softmax output",
    "functions_loss": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                      "`loss = -np.sum(Y * np.log(p + 1e-12)) / n`)",
    "functions_labels": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                        "softmax output",
    "class_batch": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                   "softmax output",
    "script_labels": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                     "`loss = -np.sum(Y.T * np.log(A2)) / n`)",
    "class_folded_bias_rows_ok": "sigmoid hidden units (detected from your forward), softmax + cross-entropy "
                                 "(default for a softmax output",
    "class_folded_bias_rows_stale_weights": "sigmoid hidden units (detected from your forward), softmax + "
                                            "cross-entropy (default for a softmax output",
    "layer_objects_backward_decay_ok": "tanh hidden units (detected from your forward), softmax output (default: "
                                       "not read from your forward) + cross-entropy",
    "layer_objects_backward_decay_tanh_slope_of_z": "tanh hidden units (detected from your forward), softmax "
                                                    "output (default: not read from your forward) + cross-entropy",
    **dict.fromkeys(("class_forward_list_per_sample_ok", "class_forward_list_per_sample_slope_of_output"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your mse; "
                    "`np.sum((out - target) ** 2) / len(out)` in mse per sample"),
    **dict.fromkeys(("class_forward_list_in_place_ok", "class_forward_list_in_place_stale_weights"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                    "`cost = 0.5 * np.sum((acts[-1] - t) ** 2)`)"),
    **dict.fromkeys(("class_vector_label_first_ok", "class_vector_label_first_no_tanh_slope"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default"),
    "class_query": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "script_epoch": "relu hidden units (detected from your forward), softmax + cross-entropy (default",
    **dict.fromkeys(("script_function_batch_params_ok", "script_function_batch_params_hidden_bias_total_sum"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default"),
    **dict.fromkeys(("script_function_sample_column_ok", "script_function_sample_column_no_hidden_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default"),
    "functions_rows": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                      "cross_entropy)",
    **dict.fromkeys(("class_data_list_own_output_ok", "class_data_list_own_output_tanh_slope_unsquared"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "`cost = -np.mean(self.labels * np.log(p)"),
    **dict.fromkeys(("colmajor_fixed_width_reshape_ok", "colmajor_fixed_width_reshape_w1_unscaled"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "mean_cross_entropy)"),
    **dict.fromkeys(("class_column_softmax_whole_array_ok", "class_column_softmax_whole_array_no_hidden_slope"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost"),
    **dict.fromkeys(("script_zip_reshape_sample_ok", "script_zip_reshape_sample_no_output_slope"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your half_squared_error)"),
    **dict.fromkeys(("class_count_widths_flag_ok", "class_count_widths_flag_slope_of_next",
                     "class_count_widths_flag_annotated_ok"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your loss)"),
    **dict.fromkeys(("globals_learn_run_ok", "globals_learn_run_hidden_slope_half", "globals_learn_run_no_biases_ok"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("class_weights_set_later_folded_ok", "class_weights_set_later_folded_wrong_column"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your fit's "
                    "returned value)"),
    **dict.fromkeys(("class_sizes_array_rate_h_ok", "class_sizes_array_rate_h_updated_weights"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost"),
    **dict.fromkeys(("class_act_fn_argument_ok", "class_act_fn_argument_log10"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "calculate_loss"),
    **dict.fromkeys(("class_local_jacobians_upstream_ok", "class_local_jacobians_upstream_no_gate"),
                    "relu hidden units (detected from your forward), identity + MSE (default for an identity output"),
    **dict.fromkeys(("class_output_first_tuple_to_hot_ok", "class_output_first_tuple_to_hot_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("class_momentum_required_folded_grads_ok", "class_momentum_required_folded_grads_wrong_column"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "learn's returned value"),
    **dict.fromkeys(("objects_module_delta_update_ok", "objects_module_delta_update_tanh_of_z",
                     "objects_module_delta_update_mse_module_ok"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy"),
    **dict.fromkeys(("functions_per_sample_outer_ok", "functions_per_sample_outer_no_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output"),
    "functions_per_sample_softmax_dicts_ok": "sigmoid hidden units (detected from your forward), softmax + "
                                             "cross-entropy (default for a softmax output",
    **dict.fromkeys(("functions_filled_dicts_data_globals_ok", "functions_filled_dicts_data_globals_tanh_of_z",
                     "functions_filled_dicts_data_globals_returns_all_ok"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost"),
    **dict.fromkeys(("class_numbered_hidden_args_ok", "class_numbered_hidden_args_error_unsloped"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("class_homework_dims_outer_grads_ok", "class_homework_dims_outer_grads_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("functions_layer_sizes_arg_ok", "functions_layer_sizes_arg_no_mean"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "cross_entropy)"),
    "functions_batch_walking_outer_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy "
                                        "(default for a softmax output",
    **dict.fromkeys(("objects_softmax_takes_labels_ok", "objects_softmax_takes_labels_no_mean"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your cross_entropy)"),
    **dict.fromkeys(("class_spanish_sizes_cost_derivatives_ok", "class_spanish_sizes_cost_derivatives_slope_of_a"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                    "derivadas_costo)"),
    **dict.fromkeys(("functions_dal_argument_caches_ok", "functions_dal_argument_caches_bias_total",
                     "functions_dal_argument_caches_linear_cache_ok"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from "
                    "your compute_cost)"),
    **dict.fromkeys(("class_book_squared_error_delta_ok", "class_book_squared_error_delta_raw_errors",
                     "class_book_squared_error_delta_summed"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `loss = 0.5 * "
                    "np.mean(np.sum(output_errors ** 2, axis=1))`)"),
    **dict.fromkeys(("class_book_squared_error_delta_no_loss", "class_book_squared_error_delta_no_loss_stale"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output; --loss to choose)"),
    **dict.fromkeys(("class_typed_aliases_generator_ok", "class_typed_aliases_generator_no_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your loss"),
    **dict.fromkeys(("dlai_L_layer_squared_error_delta", "dlai_L_layer_binary_assert_squared_error_delta"),
                    "relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "compute_cost)"),  # the bug's cost function: a file that defines none is read from its gradient
    **dict.fromkeys(("class_per_sample_delta_lists_ok", "class_per_sample_delta_lists_slope_of_a"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your cost_function)"),
    **dict.fromkeys(("class_portuguese_nodes_train_vectors_ok", "class_portuguese_nodes_train_vectors_updated_weights"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                    "custo_quadratico's returned value"),
    **dict.fromkeys(("held_sse_without_half", "class_query_train_lists_mixed_deltas"),  # no loss in the file: its
                    # output's natural loss, whatever its gradient
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output; --loss to choose)"),
    **dict.fromkeys(("class_forward_store_flag_ok", "class_forward_store_flag_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output"),
    **dict.fromkeys(("class_whole_step_own_name_ok", "class_whole_step_own_name_update_in_loop"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your error_derivative)"),
    **dict.fromkeys(("class_sgd_each_sample_ok", "class_sgd_each_sample_no_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your CrossEntropy)"),
    **dict.fromkeys(("class_sample_column_targets_ok", "class_sample_column_targets_relu_value"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("class_kwargs_placeholder_lists_ok", "class_kwargs_placeholder_lists_tanh_slope"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("class_u_z_names_ok", "class_u_z_names_slope_on_u"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("objects_kept_derivative_names_ok", "objects_kept_derivative_names_no_mean"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from the value of your loss layer; SoftmaxCrossEntropy.forward's "
                    "value on a probe batch: xval's own)"),
    **dict.fromkeys(("class_shape_args_scalar_output_ok", "class_shape_args_scalar_output_no_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your half_squared_error (a method no code of the file calls))"),
    **dict.fromkeys(("class_activation_dict_zip_ok", "class_activation_dict_zip_slope_on_output"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("class_dict_no_bias_ok", "class_dict_no_bias_no_mean"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("objects_propagation_names_ok", "objects_propagation_names_updated_weights"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (default for a softmax output; its layers are composed with xval's softmax cross-entropy (no loss layer of the file's in the chain); --loss to choose)"),
    **dict.fromkeys(("script_permuted_sample_ok", "script_permuted_sample_no_slope"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("script_vector_sample_ok", "script_vector_sample_updated_weights"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your `loss = 0.5 * np.sum((y - target) ** 2)`)"),
    **dict.fromkeys(("functions_batch_count_arg_ok", "functions_batch_count_arg_bias_total"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)"),
    **dict.fromkeys(("class_polish_names_ok", "class_polish_names_no_mean"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your strata (a method no code of the file calls))"),
    **dict.fromkeys(("class_cost_class_arg_ok", "class_cost_class_arg_slope_in_delta"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)"),
    **dict.fromkeys(("funciones_una_salida_ok", "funciones_una_salida_no_sigmoid_slope"),
                    "relu hidden units (detected from your forward), sigmoid + MSE (read from your costo; `np.mean((a2 - y) ** 2)` in costo: 2/K x xval's MSE (the batch mean of half the squared errors summed over the outputs))"),
    **dict.fromkeys(("functions_teacher_signal_ok", "functions_teacher_signal_slope_of_z"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)"),
    **dict.fromkeys(("script_rate_after_gradient_ok", "script_rate_after_gradient_bias_summed"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `perte = "
                    "-np.mean(np.sum(cibles * np.log(proba), axis=1))`)"),
    **dict.fromkeys(("class_activation_classes_given_ok", "class_activation_classes_given_bias_summed"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "CrossEntropy)"),
    **dict.fromkeys(("script_bias_trick_ok", "script_bias_trick_averaged_twice"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `J = "
                    "-np.sum(Y * np.log(P)) / m`)"),
    **dict.fromkeys(("script_bias_trick_forward_last_ok", "script_bias_trick_forward_last_no_hidden_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from "
                    "your bce)"),
    **dict.fromkeys(("objects_grad_pair_ok", "objects_grad_pair_bias_mean"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy (no loss layer of the file's in the chain); --loss to choose)"),
    **dict.fromkeys(("dict_output_named_out_ok", "dict_output_named_out_no_gate"),
                    "relu hidden units (detected from your forward), identity + MSE (read from your cost)"),
    **dict.fromkeys(("objects_batch_trained_ok", "objects_batch_trained_bias_per_sample"),
                    "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy (no loss layer of the file's in the chain); --loss to choose)"),
    **dict.fromkeys(("class_sizes_named_hidden_ok", "class_sizes_named_hidden_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "loss (a method no code of the file calls))"),
    **dict.fromkeys(("script_unit_chosen_by_input_ok", "script_unit_chosen_by_input_half"),
                    "tanh hidden units (detected from your forward), identity output (read from your forward: it "
                    "returns the last layer's z, and nothing in the file applies a softmax or a sigmoid) + MSE (read "
                    "from your mean_square"),
    **dict.fromkeys(("script_bias_on_own_line_ok", "script_bias_on_own_line_never_stepped"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `cost = 0.5 * "
                    "np.mean(np.sum((outOut - wanted) ** 2, axis=1))`)"),
    **dict.fromkeys(("objects_hidden_and_score_classes_ok", "objects_hidden_and_score_classes_bias_ungated"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy"),
    **dict.fromkeys(("tuple_numbered_from_zero_ok", "tuple_numbered_from_zero_averaged_twice"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output"),
    **dict.fromkeys(("class_fit_builds_reversed_lists_ok", "class_fit_builds_reversed_lists_bias_mean"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("class_fit_sizes_from_one_hot_ok", "class_fit_sizes_from_one_hot_no_slope"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output"),
    **dict.fromkeys(("holders_step_function_ok", "holders_step_function_bias_mean"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your `coste = "),
    **dict.fromkeys(("script_pairs_picked_at_random_ok", "script_pairs_picked_at_random_slope_of_z"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output"),
    **dict.fromkeys(("class_desired_output_d_ok", "class_desired_output_d_stale"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output"),
    **dict.fromkeys(("script_outer_by_broadcast_ok", "script_outer_by_broadcast_raw_error_back"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your `error = 0.5 * "
                    "np.sum((t - out) ** 2)`)"),
    **dict.fromkeys(("class_hidden_stack_load_flag_ok", "class_hidden_stack_load_flag_no_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for "
                    "a sigmoid output"),
    **dict.fromkeys(("objects_skipped_softmax_ok", "objects_skipped_softmax_stale"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy"),
    **dict.fromkeys(("class_indexed_sample_error_ok", "class_indexed_sample_error_no_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output"),
    **dict.fromkeys(("class_fit_inserts_input_size_ok", "class_fit_inserts_input_size_slope_of_z"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `cost = "
                    "-np.sum(Y * np.log(A + 1e-09)) / self.n`)"),
    **dict.fromkeys(("class_set_xy_wrt_grads_ok", "class_set_xy_wrt_grads_unaveraged"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your `cost "
                    "= -np.mean(np.sum(self.targets * np.log(out + 1e-12), axis=1))`)"),
    **dict.fromkeys(("class_first_bias_two_hidden_ok", "class_first_bias_two_hidden_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "update's returned value)"),
    **dict.fromkeys(("class_layer_list_no_bias_ok", "class_layer_list_no_bias_stale"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output"),
    **dict.fromkeys(("script_momento_factor_ok", "script_momento_factor_no_hidden_slope",
                     "script_momento_factor_lost_step"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `custo = 0.5 * "
                    "np.mean(np.sum(erro ** 2, axis=1))`)"),
    **dict.fromkeys(("fonksiyonlar_turkce_ok", "fonksiyonlar_turkce_no_relu_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your kayip_hesapla)"),
    **dict.fromkeys(("class_layer_named_weights_ok", "class_layer_named_weights_stale"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `self.error = "
                    "0.5 * np.sum((output - target) ** 2)`)"),
    **dict.fromkeys(("class_data_kept_loss_sets_count_ok", "class_data_kept_loss_sets_count_no_relu_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your cost)"),
    "tanhout": "tanh hidden units (detected from your forward), tanh + MSE (default for a tanh output",
    "reluout": "relu hidden units (detected from your forward), relu + MSE (default for a relu output",
    "class_zip": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output",
    "layer_objects_penalty_ok": "relu hidden units (detected from your forward), softmax output (default: not read "
                                "from your forward) + cross-entropy (read from the value of your loss layer; "
                                "SoftmaxCrossEntropy.forward's value on a probe batch: xval's own), "
                                "L2 0.01 (read from your l2_penalty: `0.5 * layer.weight_decay * np.sum(layer.W ** 2)`; "
                                "weight_decay passed 0.01)",
    "layer_objects_penalty_half": "relu hidden units (detected from your forward), softmax output (default: not read "
                                  "from your forward) + cross-entropy (read from the value of your loss layer; "
                                  "SoftmaxCrossEntropy.forward's value on a probe batch: xval's own), L2 0.01 (read "
                                  "from your l2_penalty",
    "class_record": "sigmoid hidden units (detected from your forward), identity + MSE (default for an identity output",
    **dict.fromkeys(("script_epoch_inline_softmax_ok", "script_epoch_overwritten_softmax_ok",
                     "script_epoch_named_sum_softmax_ok", "script_epoch_inline_softmax_no_gate"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your softmax_loss (the file calls none of its functions"),
    "cs231n_two": "relu hidden units (detected from your forward), softmax output (default: not read from your "
                  "forward) + cross-entropy (read from your loss), L2 0.01 (read from your loss: `0.5 * reg * "
                  "(np.sum(W1 * W1) + np.sum(W2 * W2))`; reg passed 0.01)",
    "layers_two": "relu hidden units (detected from your forward), identity + MSE (default for an identity "
                  "output",
    "class_course": "relu hidden units (detected from your forward), sigmoid + MSE (read from your mse; "
                    "`np.mean((y - p) ** 2)` in mse: 2/K x xval's MSE",
    "class_alpha": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "class_string": "relu hidden units (detected from your forward), softmax + cross-entropy (read from your cost",
    "class_output": "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output",
    "script_row": "relu hidden units (detected from your forward), identity + MSE (default for an identity output",
    "class_shared": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output",
    **dict.fromkeys(("class_dataclass_cache_ok", "class_dataclass_cache_slope_of_z"),
                    "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default"),
    **dict.fromkeys(("class_column_sample_ok", "class_column_sample_no_hidden_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your quadratic_cost)"),
    **dict.fromkeys(("class_letter_weights_no_bias_ok", "class_letter_weights_no_bias_no_output_slope"),
                    "relu hidden units (detected from your forward), sigmoid + MSE (read from your "
                    "half_squared_error)"),
    **dict.fromkeys(("class_body_weights_ok", "class_body_weights_no_hidden_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your cost (a method "
                    "no code of the file calls))"),
    "dict_place": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                  "bce)",
    **dict.fromkeys(("script_one_sample_mean_loss_ok", "script_one_sample_mean_loss_not_averaged"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "mean_cross_entropy)"),
    "script_ascent": "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                     "output",
    "class_grads": "relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = "
                   "-np.sum(T * np.log(P + 1e-12)) / n`)",
    "objects_nested": "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                      "forward) + cross-entropy (default for a softmax output",
    **dict.fromkeys(("script_nan_loss_skip_ok", "script_nan_loss_skip_sign_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "`loss = -np.sum(yb * np.log(probs)) / len(xb)`)"),
    **dict.fromkeys(("objects_named_layers_ok", "objects_named_layers_tanh_of_input"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from the value of your loss layer; "
                    "CrossEntropyWithSoftmax.forward's value on a probe batch: xval's own)"),
    **dict.fromkeys(("objects_short_act_names_ok", "objects_short_act_names_no_slope"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy (no loss layer of the file's in the chain); --loss to choose)"),
    "functions_no_bias_update_ok": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your half_squared_error)",
    "functions_no_bias_update_no_out_slope": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your half_squared_error)",
    "class_deltas_then_update_ok": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your cost)",
    "class_deltas_then_update_biases_kept": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your cost)",
    "objects_pair": "tanh hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (default for a softmax output; its layers are composed with xval's softmax cross-entropy",
    "objects_dense_holds_activation_objects_ok": "sigmoid hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (default for a softmax output; its layers are composed with xval's softmax cross-entropy",
    "perparam_loglik_ascent_mean_cost": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost; minus `(T * np.log(Y)).sum() / len(T)` in cost, a log-likelihood: xval's own)",
    "perparam_loglik": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost; minus `(T * np.log(Y)).sum()",
    **{name: "sigmoid hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (read from your cross_entropy)"
       for name in ("objects_loss_pair_ok", "objects_loss_pair_not_averaged")},
    "class_abbreviated": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your cost",
    "binary_class_loss_without_negatives": "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; your loss (a method no code of the file calls) computes cross-entropy, which does not go with a sigmoid output",
    "class_predict": ("tanh hidden units (detected from your forward), softmax output (default: not read from your "
                      "forward) + cross-entropy (default for a softmax output; --loss to choose)"),
    "class_skeleton": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `loss = "
                      "np.mean((self.forward(inputs) - labels) ** 2)",
    "class_course_folded_layers_ok": (
        "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; "
        "--loss to choose)"),
    "class_course_folded_layers_no_tanh_slope": (
        "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; "
        "--loss to choose)"),
    "class_stacked": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your cost",
    "class_act": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                 "softmax output",
    "class_scores": "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your loss",
    "class_step": "tanh hidden units (detected from your forward), identity + MSE (read from your step's "
                  "returned value",
    **dict.fromkeys(("tanhout_helper_ok", "tanhout_helper_prime_of_a", "tanhout_helper_out_prime_of_a"),
                    "tanh hidden units (detected from your forward), tanh + MSE (read from your train_step's returned "
                    "value"),
    **dict.fromkeys(("functions_scores_or_loss_ok", "functions_scores_or_loss_no_first_gate"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your `loss = -np.mean(np.log(probs[np.arange(n), y]))"),
    **dict.fromkeys(("class_unmade_setup_fit_ok", "class_unmade_setup_fit_plain_hidden"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `cost = "
                    "np.sum(-self.Y * np.log(P))`; `np.sum(-self.Y * np.log(P))`: 1 x B x xval's cross-entropy"),
    **dict.fromkeys(("objects_generic_activation_only_ok", "objects_generic_activation_only_stale"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                    "softmax cross-entropy"),
    **dict.fromkeys(("class_sample_loop_layers_ok", "class_sample_loop_layers_stale"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output; --loss to choose)"),
    **dict.fromkeys(("class_bce_named_complement_ok", "class_bce_named_complement_averaged"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "log_loss; `-np.sum(T * np.log(p) + (1.0 - T) * np.log(q))` in log_loss: 1 x B x xval's binary "
                    "cross-entropy"),
    **dict.fromkeys(("class_threshold_layers_ok", "class_threshold_layers_bias_unsigned"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("script_fit_unloaded_data_ok", "script_fit_unloaded_data_ungated"),
                    "tanh hidden units (detected from your forward), identity + MSE (default for an identity output; "
                    "--loss to choose)"),
    **dict.fromkeys(("objects_result_record_ok", "objects_result_record_relu_ungated"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your SoftmaxCrossEntropy)"),
    **dict.fromkeys(("method_named_adam_step_ok", "method_named_adam_step_ungated"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "`loss = -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))`)"),
    **dict.fromkeys(("script_inline_adam_ok", "script_inline_adam_ungated"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = "
                    "-np.mean(np.sum(Y * np.log(P), axis=1))`)"),
    **dict.fromkeys(("class_scores_returned_softmax_kept_ok", "class_scores_returned_softmax_kept_ungated"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your loss (a method no code of the file calls))"),
    **dict.fromkeys(("class_kept_grads_then_adam_ok", "class_kept_grads_then_adam_bias_total"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_linear_first_layer_ok", "class_linear_first_layer_gated"),
                    "identity then relu hidden units (detected from your forward), softmax + cross-entropy (default "
                    "for a softmax output; --loss to choose)"),
    **dict.fromkeys(("script_linear_hidden_ok", "script_linear_hidden_averaged_twice"),
                    "identity hidden units (detected from your forward), identity + MSE (read from your `loss = 0.5 * "
                    "np.mean(np.sum(err ** 2, axis=1))`)"),
    **dict.fromkeys(("class_relu_then_tanh_ok", "class_relu_then_tanh_one_gate"),
                    "relu then tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "loss"),
    **dict.fromkeys(("script_looped_sample_update_ok", "script_looped_sample_update_raw_error"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your cost)"),
    **dict.fromkeys(("script_step_functions_ok", "script_step_functions_batch_mean_only"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "`loss = -np.mean(targets * np.log(p))`; `-np.mean(targets * np.log(p))`: 1/K x xval's "
                    "cross-entropy"),
    **dict.fromkeys(("script_function_labels_rows_ok", "script_function_labels_rows_hidden_bias_total_sum"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = "
                    "-np.mean(np.sum(targets * np.log(probs.T + 1e-12), axis=1))`)"),
    **dict.fromkeys(("class_held_labels_loss_ok", "class_held_labels_loss_summed"),
                    "relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "bce)"),
    **dict.fromkeys(("class_sample_cost_ok", "class_sample_cost_half"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your squared_error (a "
                    "method no code of the file calls); `(out - y) ** 2` in squared_error per sample (its step takes "
                    "one sample at a time): 2 x xval's MSE"),
    **dict.fromkeys(("class_batch_backward_ok", "class_batch_backward_half"),
                    "sigmoid hidden units (detected from your forward), identity + MSE (read from your "
                    "`self.batch_loss.append("),
    **dict.fromkeys(("class_inputs_outputs_fit_ok", "class_inputs_outputs_fit_unaveraged"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost"),
    **dict.fromkeys(("objects_log10_loss_layer_ok", "objects_log10_loss_layer_mean"),
                    "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from the value of your loss layer; CrossEntropyBase10.forward's "
                    "value"),
    **dict.fromkeys(("layers_activation_steps_ok", "layers_activation_steps_tanh_of_a"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a "
                    "sigmoid output"),
    **dict.fromkeys(("objects_sample_vector_layers_ok", "objects_sample_vector_layers_bias_unstepped"),
                    "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's"),
    **dict.fromkeys(("functions_derivatives_only_ok", "functions_derivatives_only_bias_total"),
                    "tanh hidden units (read from grad_w1's derivative of H, for which xval wrote the forward), "
                    "softmax output (xval's forward, written for the derivatives) + cross-entropy (default"),
    "perparam_library": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                        "cost (the file calls none of its functions: its loss is as much in use as its forward); "
                        "minus `np.sum(T * np.log(Y))` in cost, a log-likelihood: 1 x B x xval's cross-entropy",
    "perparam_vc": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost; "
                   "minus `(T * np.log(Y)).sum()` in cost, a log-likelihood: 1 x B x xval's cross-entropy",
    "globals_one": "tanh hidden units (detected from your forward), sigmoid + MSE (read from your sse)",
    "class_handed": "tanh hidden units (detected from your forward), softmax + cross-entropy",
    "functions_alpha": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your",
    **dict.fromkeys(("class_forward_gives_gradients_ok", "class_forward_gives_gradients_no_slope"),
                    "leaky relu (slope 0.01) hidden units (detected from your forward), softmax + cross-entropy"),
    "functions_forward": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your",
    "objects_folded": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "script_error": "relu hidden units (detected from your forward), identity + MSE (read from your `error +=",
    "class_fit_sets_batch_momentum_ok": "sigmoid hidden units (detected from your forward), softmax + cross-entropy",
    "class_fit_sets_batch_momentum_unaveraged": "sigmoid hidden units (detected from your forward), softmax + "
                                                "cross-entropy",
    "class_count_from_train_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy",
    "class_count_from_train_unaveraged": "tanh hidden units (detected from your forward), softmax + cross-entropy",
    "functions_unused": "leaky relu (slope 0.02) hidden units (detected from your forward), softmax + cross-entropy "
                        "(read from your cross_entropy)",
    "class_star": "sigmoid hidden units (detected from your forward), softmax + cross-entropy",
    "objects_folded_append_one_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy",
    "objects_folded_append_one_slope_of_out": "tanh hidden units (detected from your forward), softmax + "
                                              "cross-entropy",
    "class_layer_count_with_input_ok": "sigmoid hidden units (detected from your forward), softmax + cross-entropy",
    "class_layer_count_with_input_summed": "sigmoid hidden units (detected from your forward), softmax + "
                                           "cross-entropy",
    "class_in": "tanh hidden units (detected from your forward), softmax + cross-entropy",
    "functions_columns": "relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from "
                         "your log_loss; `1 / len(Y) * np.sum(-Y * np.log(A + 1e-15)",
    "class_fit_draws_weights_ok": "sigmoid hidden units (detected from your forward), softmax + cross-entropy",
    "class_fit_draws_weights_unaveraged": "sigmoid hidden units (detected from your forward), softmax + "
                                          "cross-entropy",
    "class_typed_width_binary_ok": "sigmoid hidden units (detected from your forward), sigmoid + binary "
                                   "cross-entropy (read from your cost)",
    "class_typed_width_binary_unaveraged": "sigmoid hidden units (detected from your forward), sigmoid + binary "
                                           "cross-entropy (read from your cost)",
    "class_deep_dict_cache_ok": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy "
                                "(read from your cost)",
    "class_deep_dict_cache_unaveraged": "sigmoid hidden units (detected from your forward), sigmoid + binary "
                                        "cross-entropy (read from your cost)",
    "class_activated_outputs_list_ok": "relu hidden units (detected from your forward), softmax output",
    "class_activated_outputs_list_no_relu_gate": "relu hidden units (detected from your forward), softmax output",
    "class_labels_column_asarray_ok": "tanh hidden units (detected from your forward), sigmoid + binary "
                                      "cross-entropy",
    "class_labels_column_asarray_unaveraged": "tanh hidden units (detected from your forward), sigmoid + binary "
                                              "cross-entropy",
    "class_layer_word_first_ok": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                                 "custo",
    "class_layer_word_first_unaveraged": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read "
                                         "from your custo",
    "functions_cost_line_in_helper_ok": "tanh hidden units (detected from your forward), sigmoid + binary "
                                        "cross-entropy (read from your `loss = np.multiply(np.log(A2), Y) + ",
    "functions_cost_line_in_helper_no_negative_term": "tanh hidden units (detected from your forward), sigmoid + "
                                                      "binary cross-entropy (default for a sigmoid output; your `loss",
    "class_batch_lists_named_ok": "sigmoid hidden units (detected from your forward), softmax + cross-entropy",
    "class_batch_lists_named_unaveraged": "sigmoid hidden units (detected from your forward), softmax + "
                                          "cross-entropy",
    "class_empty_placeholder_lists_ok": "sigmoid hidden units (detected from your forward), softmax + "
                                        "cross-entropy",
    "class_empty_placeholder_lists_unaveraged": "sigmoid hidden units (detected from your forward), softmax + "
                                                "cross-entropy",
    "class_fit_draws_private_weights_ok": "sigmoid hidden units (detected from your forward), softmax + "
                                          "cross-entropy",
    "class_fit_draws_private_weights_unaveraged": "sigmoid hidden units (detected from your forward), softmax + "
                                                  "cross-entropy",
    **dict.fromkeys(("class_default_cost_class_ok", "class_default_cost_class_no_output_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your QuadCost (the "
                    "default cost of Net's constructor, which xval builds))"),
    **dict.fromkeys(("class_fit_validation_summed_cost_ok", "class_fit_validation_summed_cost_mean_step",
                     "class_fit_validation_summed_cost_half_decay"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "cost; `-np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P))` in cost: 1 x B x xval's"),
    **dict.fromkeys(("class_fit_n_iterations_ok", "class_fit_n_iterations_tanh_of_output"),
                    "tanh hidden units (detected from your forward), identity + MSE (read from your loss"),
    **dict.fromkeys(("methods_data_constructor_ok", "methods_data_constructor_features_count"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your cost (a "
                    "method no code of the file calls))"),
    **dict.fromkeys(("class_count_shape_ok", "class_count_shape_rate_unscaled"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_loss_gradient_function_ok", "class_loss_gradient_function_no_gate"),
                    "relu hidden units (detected from your forward), identity + MSE (default for an identity output; "
                    "--loss to choose)"),
    **dict.fromkeys(("class_backprop_sgd_folded_ok", "class_backprop_sgd_folded_relu_slope"),
                    "leaky relu (slope 0.05) hidden units (detected from your forward), identity + MSE (read from "
                    "your _cost)"),
    **dict.fromkeys(("functions_forward_callback_ok", "functions_forward_callback_half_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "`cost = -np.mean(np.sum(labels * np.log(output + 1e-12), axis=1))`)"),
    **dict.fromkeys(("class_typed_layer_list_ok", "class_typed_layer_list_bias_sum"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your cost (a "
                    "method no code of the file calls))"),
    **dict.fromkeys(("class_past_xrange_ok", "class_past_xrange_no_mean"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your loss), L2 0.01 (read from your loss: `0.5 * reg * "
                    "(np.sum(W1 * W1) + np.sum(W2 * W2))`; reg passed 0.01)"),
    **dict.fromkeys(("class_textbook_rmsprop_step_ok", "class_textbook_rmsprop_step_no_slope"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "CrossEntropyCost)"),
    **dict.fromkeys(("class_course_v_z_scores_ok", "class_course_v_z_scores_no_softmax"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your loss (a method no code of the file calls))"),
    **dict.fromkeys(("functions_relu_of_input_ok", "functions_relu_of_input_no_mean"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("globals_forward_unpacked_step_ok", "globals_forward_unpacked_step_no_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "cross_entropy)"),
    **dict.fromkeys(("objects_backward_given_input_ok", "objects_backward_given_input_no_gate"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from the value of your loss layer; SoftmaxCrossEntropy.forward's "
                    "value on a probe batch: xval's own)"),
    **dict.fromkeys(("class_helper_default_rate_ok", "class_helper_default_rate_not_averaged"),
                    "relu hidden units (detected from your forward), relu + MSE (read from your cost; "
                    "`np.mean((y - self.o) ** 2)` in cost: 2/K x xval's MSE"),
    "class_relu_output_ignores_rate": "relu hidden units (detected from your forward), relu + MSE (read from your cost "
                                      "(a method no code of the file calls); `np.mean((y - self.o) ** 2)` in cost",
    "objects_unpassed_layer_decay": "relu hidden units (detected from your forward), softmax output (default: not read "
                                    "from your forward) + cross-entropy (read from your SoftmaxLoss)",
    **dict.fromkeys(("class_fit_calls_own_init_ok", "class_fit_calls_own_init_not_averaged"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your _loss)"),
    **dict.fromkeys(("functions_one_sample_row_label_ok", "functions_one_sample_row_label_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                    "softmax output; --loss to choose)"),
    **dict.fromkeys(("class_methods_one_sample_vector_ok", "class_methods_one_sample_vector_slope_of_h"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your loss (a "
                    "method no code of the file calls))"),
    **dict.fromkeys(("class_scores_by_words_ok", "class_scores_by_words_tanh_of_z"),
                    "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your loss)"),
    **dict.fromkeys(("class_shared_folded_layers_ok", "class_shared_folded_layers_averaged"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "CrossEntropyLoss; `-np.sum(labels * np.log(probs))` in CrossEntropyLoss: 1 x B x xval's "
                    "cross-entropy"),
    **dict.fromkeys(("globals_one_output_fit_ok", "globals_one_output_fit_no_two"),
                    "sigmoid hidden units (detected from your forward), identity output (read from your forward: it "
                    "returns the last layer's z, and nothing in the file applies a softmax or a sigmoid) + MSE"),
    **dict.fromkeys(("script_batch_fetcher_ok", "script_batch_fetcher_no_slope"),
                    "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your `cost = -np.sum(onehot * np.log(p)) / n_batch`)"),
    **dict.fromkeys(("script_forward_helper_out_in_ok", "script_forward_helper_out_in_slope_of_z"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("script_onehot_filled_ok", "script_onehot_filled_no_gate"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_init_scale_ok", "class_init_scale_bias_mean"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_setup_methods_ok", "class_setup_methods_stale_output"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_l2_split_term_ok", "class_l2_split_term_half_decay"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your loss (a "
                    "method no code of the file calls)), L2 0.01 (read from your loss: `self.reg * sum((np.sum(W ** 2) "
                    "for W in self.W))`, off by default (reg=0 in Classifier()); reg passed 0.005)"),
    **dict.fromkeys(("class_batch_l2_locals_ok", "class_batch_l2_locals_no_outputs"),
                    "relu hidden units (detected from your forward), identity + MSE (read from your cost (a method no "
                    "code of the file calls); `np.mean((self.forward(X) - Y) ** 2)` in cost: 2/K x xval's MSE"),
    **dict.fromkeys(("script_unreduced_cost_summed_ok", "script_unreduced_cost_summed_halved"),
                    "tanh hidden units (detected from your forward), sigmoid + MSE (read from your `sq_error = (out - "
                    "target) ** 2`; `(out - target) ** 2` reduced by np.sum(sq_error): 2 x B x xval's MSE"),
    **dict.fromkeys(("objects_two_loss_layers_ok", "objects_two_loss_layers_xent_not_averaged"),
                    "relu hidden units (detected from your forward), softmax output (default: not read from your "
                    "forward) + cross-entropy (read from your SoftmaxXent (the loss layer xval composes your layers "
                    "with)"),
    **dict.fromkeys(("class_single_sample_backprop_ok", "class_single_sample_backprop_slope_of_a"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your single_cost)"),
    **dict.fromkeys(("methods_static_steps_ok", "methods_static_steps_tanh_prime_of_z"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "compute_cost)"),
    **dict.fromkeys(("class_handed_weights_ok", "class_handed_weights_tanh_prime_of_z"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "bce)"),
    "script_random_batches_ok": "relu hidden units (detected from your forward), softmax + cross-entropy (default "
                                "for a softmax output; --loss to choose)",
    "script_random_batches_softmax_over_batch": "relu hidden units (default: not read from your forward), softmax "
                                                "output (default: not read from your forward) + cross-entropy",
    **dict.fromkeys(("class_hidden_count_and_sizes_ok", "class_hidden_count_and_sizes_summed"),
                    "sigmoid hidden units (detected from your forward), identity + MSE (read from your cost"),
    **dict.fromkeys(("functions_loss_and_grads_only_ok", "functions_loss_and_grads_only_summed"),
                    "relu hidden units (default: not read from your forward), softmax output (default: not read from "
                    "your forward) + cross-entropy (read from your `loss = -np.log(probs[np.arange(N), y]).mean()"),
    **dict.fromkeys(("script_scaled_slices_ok", "script_scaled_slices_bias_total_sum"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("script_unpacked_layers_ok", "script_unpacked_layers_summed"),
                    'sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your cost)'),
    **dict.fromkeys(("class_course_data_held_ok", "class_course_data_held_bias_total_sum"),
                    'relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your compute_cost)'),
    **dict.fromkeys(("script_sample_label_filled_ok", "script_sample_label_filled_ungated"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (read from your cross_entropy)'),
    "script_delta_rule_hidden_bias_frozen": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    **dict.fromkeys(("class_two_layer_init_ok", "class_two_layer_init_summed"),
                    'relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your bce)'),
    **dict.fromkeys(("script_ones_bias_broadcast_ok", "script_ones_bias_broadcast_bias_total_sum"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = np.mean(-np.sum(y_ * np.log(y_prob), 1))`)'),
    **dict.fromkeys(("class_layer_numbered_dicts_ok", "class_layer_numbered_dicts_tanh_of_z"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost)'),
    **dict.fromkeys(("class_biases_numbered_from_one_ok", "class_biases_numbered_from_one_bias_total_sum"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (read from your loss)'),
    **dict.fromkeys(("functions_batch_size_constant_ok", "functions_batch_size_constant_summed"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = -np.log(probs[np.arange(BATCH_SIZE), y]).mean()`)'),
    **dict.fromkeys(("class_record_loop_one_output_ok", "class_record_loop_one_output_no_slope"),
                    'sigmoid hidden units (detected from your forward), identity + MSE (default for an identity output; --loss to choose)'),
    **dict.fromkeys(("class_error_set_by_train_ok", "class_error_set_by_train_summed"),
                    'tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)'),
    **dict.fromkeys(("script_shuffled_copies_ok", "script_shuffled_copies_bias_total_sum"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = -np.mean(np.sum(tb * np.log(p + 1e-12), axis=1))`)'),
    **dict.fromkeys(("functions_dict_no_biases_ok", "functions_dict_no_biases_no_slope"),
                    'sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)'),
    "functions_dict_no_biases_sigmoid_eps": ('sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)'),
    **dict.fromkeys(("functions_global_params_dict_ok", "functions_global_params_dict_tanh_of_a"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("class_private_methods_ok", "class_private_methods_no_relu_gate"),
                    'relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your cost)'),
    **dict.fromkeys(("class_callee_default_step_ok", "class_callee_default_step_summed"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your learn's returned value (`loss = net.learn(X, T)`))"),
    **dict.fromkeys(("script_batch_generator_ok", "script_batch_generator_bias_total_sum"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("script_zip_minibatches_ok", "script_zip_minibatches_no_relu_gate"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)'),
    "script_tiny_rate_squared_error_delta": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default for a sigmoid output; --loss to choose)",
    **dict.fromkeys(("class_loss_needs_labels_sigmoid_ok", "class_loss_needs_labels_sigmoid_summed"),
                    'sigmoid hidden units (read from the loss it returns), softmax output (read from the loss it returns) + cross-entropy (read from your loss)'),
    **dict.fromkeys(("script_bce_derivative_written_out_ok", "script_bce_derivative_written_out_summed"),
                    'tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your `cost = -np.mean(targets * np.log(A2) + (1 - targets) * np.log(1 - A2))`)'),
    **dict.fromkeys(("functions_softmax_outside_forward_ok", "functions_softmax_outside_forward_no_relu_gate"),
                    'relu hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy'),
    **dict.fromkeys(("unrolled_labels_filled_by_loop_ok", "unrolled_labels_filled_by_loop_summed"),
                    'sigmoid hidden units (read from the J it returns), sigmoid output (read from the J it returns) + binary cross-entropy (read from the J it returns)'),
    **dict.fromkeys(("class_number_rate_in_updates_ok", "class_number_rate_in_updates_summed"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)'),
    **dict.fromkeys(("functions_epoch_eye_rows_ok", "functions_epoch_eye_rows_no_relu_gate"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output; --loss to choose)'),
    **dict.fromkeys(("objects_softmax_told_labels_ok", "objects_softmax_told_labels_summed"),
                    'relu hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (read from your loss)'),
    **dict.fromkeys(("class_number_list_placeholders_ok", "class_number_list_placeholders_bias_total_sum"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    "class_sigmoid_outputs_step_broadcasts": "sigmoid hidden units (detected from your forward), sigmoid + binary "
                                             "cross-entropy (default for a sigmoid output; --loss to choose)",
    "class_softmax_step_broadcasts": "tanh hidden units (detected from your forward), softmax + cross-entropy (default "
                                     "for a softmax output; --loss to choose)",
    **dict.fromkeys(("class_one_output_only_ok", "class_one_output_only_summed"),
                    "tanh hidden units (detected from your forward), identity + MSE (default for an identity output; "
                    "--loss to choose)"),
    **dict.fromkeys(("class_input_bias_trick_ok", "class_input_bias_trick_summed"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("functions_vector_output_ascent_ok", "functions_vector_output_ascent_no_tanh_derivative"),
                    "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                    "log_likelihood"),
    **dict.fromkeys(("class_config_list_sizes_ok", "class_config_list_sizes_bias_total_sum"),
                    'sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a '
                    'softmax output; --loss to choose)'),
    **dict.fromkeys(("class_newaxis_column_sample_ok", "class_newaxis_column_sample_no_tanh_derivative"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax '
                    'output; --loss to choose)'),
    **dict.fromkeys(("class_u_z_activates_scores_ok", "class_u_z_activates_scores_output_gated"),
                    'relu hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (read from your loss)'),
    **dict.fromkeys(("class_input_entry_preactivations_ok", "class_input_entry_preactivations_no_relu_gate"),
                    'relu hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (default for a softmax output; --loss to choose)'),
    **dict.fromkeys(("script_held_out_forward_in_loop_ok", "script_held_out_forward_in_loop_updated_w2"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost)'),
    **dict.fromkeys(("class_calculate_gradients_store_ok", "class_calculate_gradients_store_bias_total_sum"),
                    'sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your '
                    'calculate_loss (a method no code of the file calls))'),
    **dict.fromkeys(("class_other_name_loss_grads_ok", "class_other_name_loss_grads_no_relu_gate"),
                    'relu hidden units (read from the loss it returns), softmax output (read from the loss it '
                    'returns) + cross-entropy (read from your `cost = -np.log(probs[np.arange(n), y]).mean() + 0.5 * '
                    'reg * (np.sum...`)'),
    **dict.fromkeys(("functions_loop_summed_likelihood_ok", "functions_loop_summed_likelihood_tanh_derivative"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from "
                    "your cost; minus `T[i] * np.log(Y[i]) + (1 - T[i]) * np.log(1 - Y[i])` in cost, a "
                    "log-likelihood: 1 x B x xval's binary cross-entropy"),
    **dict.fromkeys(("functions_propagate_in_optimize_ok", "functions_propagate_in_optimize_squared_error_delta"),
                    'tanh hidden units (read from the loss it returns), sigmoid output (read from the loss it '
                    'returns) + binary cross-entropy (read from your `cost = -np.sum(Y * np.log(A2) + (1 - Y) * '
                    'np.log(1 - A2)) / m`)'),
    **dict.fromkeys(("script_squeezed_regression_output_ok", "script_squeezed_regression_output_half"),
                    "sigmoid hidden units (detected from your forward), identity + MSE (read from your `loss = "
                    "np.mean(err ** 2)`; `np.mean(err ** 2)`: 2/K x xval's MSE"),
    **dict.fromkeys(("script_inline_weight_decay_ok", "script_inline_weight_decay_half"),
                    'tanh hidden units (detected from your forward), identity + MSE (default for an identity output; '
                    '--loss to choose), L2 0.002 (read from your `loss = data + penalty`: `decay * (np.sum(W1 ** 2) + '
                    'np.sum(W2 ** 2))`, with decay = 0.001, which its gradient reads too)'),
    **dict.fromkeys(("functions_one_example_weight_pairs_ok", "functions_one_example_weight_pairs_no_tanh_derivative"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = '
                    '-np.log(probs[y])`)'),
    **dict.fromkeys(("functions_one_example_flat_params_ok", "functions_one_example_flat_params_no_tanh_derivative"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = '
                    '-np.log(probs[y])`)'),
    **dict.fromkeys(("functions_one_example_split_unpacking_ok", "functions_one_example_split_unpacking_bias_from_output"),
                    'tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = '
                    '-np.log(probs[y])`)'),
    **dict.fromkeys(("class_sampled_step_filled_ones_ok", "class_sampled_step_filled_ones_prime_of_activation"),
                    'sigmoid hidden units (detected from your forward), identity + MSE (default for an identity '
                    'output; --loss to choose)'),
    **dict.fromkeys(("script_per_layer_penalty_ok", "script_per_layer_penalty_output_undecayed"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax '
                    'output; --loss to choose), L2 0.002 (read from your `loss = ce + reg_term`: `0.5 * lam * '
                    'np.sum(W_hid * W_hid) + 0.5 * lam * np.sum(W_out * W_out)`, with lam = 0.002, which its '
                    'gradient reads too)'),
    **dict.fromkeys(("functions_variable_prefixed_names_ok", "functions_variable_prefixed_names_bias_total_sum"),
                    'relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax '
                    'output; --loss to choose)'),
    **dict.fromkeys(("class_mode_switch_named_biases_ok", "class_mode_switch_named_biases_unscaled"),
                    'tanh hidden units (detected from your forward), sigmoid + MSE (read from your loss (a method no '
                    'code of the file calls); `np.mean((target - pred) ** 2)` in loss: 2/K x xval\'s MSE (the batch '
                    'mean of half the squared errors summed over the outputs))'),
    **dict.fromkeys(("class_leaky_output_regression_ok", "class_leaky_output_regression_output_unsloped"),
                    'leaky relu (slope 0.1) hidden units (detected from your forward), leaky_relu + MSE (read from '
                    'your loss)'),
    **dict.fromkeys(("class_fit_logs_predicted_labels_ok", "class_fit_logs_predicted_labels_derivative_of_z"),
                    'sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax '
                    'output; --loss to choose)'),
    **dict.fromkeys(("objects_unmade_mse_layer_ok", "objects_unmade_mse_layer_relu_ungated"),
                    'relu hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (default for a softmax output; its layers are composed with xval\'s '
                    'softmax cross-entropy (no loss layer of the file\'s in the chain); --loss to choose)'),
    **dict.fromkeys(("functions_all_lists_global_depth_ok", "functions_all_lists_global_depth_summed"),
                    'relu hidden units (detected from your forward), identity + MSE (read from your cost)'),
    **dict.fromkeys(("objects_softmax_scores_and_labels_ok", "objects_softmax_scores_and_labels_unaveraged"),
                    'tanh hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (read from the value of your loss layer; Softmax.forward\'s value on a '
                    'probe batch: xval\'s own)'),
    **dict.fromkeys(("script_wrapped_random_sample_ok", "script_wrapped_random_sample_stale_w2"),
                    'sigmoid hidden units (detected from your forward), identity + MSE (default for an identity '
                    'output; --loss to choose)'),
    **dict.fromkeys(("functions_forward_gives_scores_ok", "functions_forward_gives_scores_summed"),
                    'sigmoid hidden units (detected from your forward), softmax output (default: not read from your '
                    'forward) + cross-entropy (read from your `loss = -np.mean(np.log(probs[np.arange(n), y]))`)'),
    **dict.fromkeys(("class_activation_per_layer_args_ok", "class_activation_per_layer_args_output_sigmoid_derivative"),
                    'sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a '
                    'softmax output; --loss to choose)'),
    "script_transposed": "relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = -np.sum(Y * np.log(Yhat)) / N`)",
    "script_rows": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `cost = -np.mean(np.sum(T * np.log(P), axis=1))`)",
    "objects_course": "tanh hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (read from the value of your loss layer; nn_cross_entropy_layer.forward's value on a probe batch: xval's own",
    **dict.fromkeys(("class_fit_own_l2_ok", "class_fit_own_l2_doubled"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your _cross_entropy), L2 0.001 (read from your _l2_loss: `0.5 * self.lam * sum((np.sum(W * W) for W in self.weights))`, with the default lam=0.001 of TinyClassifier(); _backward reads self.lam)"),
    "class_input": "leaky relu (slope 0.01) hidden units (detected from your forward), identity + MSE (default for an identity output",
    "class_error": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your half_squared_error)",
    "script_global": "tanh hidden units (detected from your forward), sigmoid + MSE (read from your compute_cost; `0.5 * np.sum((out - wanted) ** 2)` in compute_cost: 1 x B x xval's MSE",
    "objects_fused": "tanh hidden units (detected from your forward), softmax output (default: not read from your forward) + cross-entropy (default for a softmax output",
    "script_frozen_biases": "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your `bce = ",
    "functions_momentum": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cross_entropy)",
    **dict.fromkeys(("class_cost_prime_ok", "class_cost_prime_hidden_prime_of_activation"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your costFunction;"),
    "dict_layer": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                  "cross_entropy)",
    "script_half_sum_printed_mean_named_error": "sigmoid hidden units (detected from your forward), sigmoid + MSE "
                                                "(read from your `loss = np.mean(np.square(err))`",
    **dict.fromkeys(("class_per_sample_summed_loss_ok", "class_per_sample_summed_loss_bias_total_sum"),
                    "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `loss += 0.5 * "
                    "np.sum((out - target.reshape(-1, 1)) ** 2)`)"),
    "script_half_sum_printed_mean": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                                    "`loss = np.mean((Y - A2) ** 2)`",
    "dict_regression_returns_output_z_ok": "relu hidden units (detected from your forward), identity output (read "
                                           "from your forward: it returns the last layer's z, and nothing in the "
                                           "file applies a softmax or a sigmoid) + MSE (read from your "
                                           "half_squared_error)",
    "dict_regression_returns_output_z_mean_over_outputs": "relu hidden units (detected from your forward), identity "
                                                          "output (read from your forward: it returns the last "
                                                          "layer's z, and nothing in the file applies a softmax or "
                                                          "a sigmoid) + MSE (read from your mean_squared_error",
    "class_index": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                   "softmax output; --loss to choose)",
    **dict.fromkeys(("class_placed_weight_names_ok", "class_placed_weight_names_bias_total_sum",
                     "class_placed_weight_names_sizes_d_h_ok"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your cost"),
    **dict.fromkeys(("class_counts_classes_keeps_outputs_ok", "class_counts_classes_keeps_outputs_unaveraged"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                    "output; --loss to choose)"),
    **dict.fromkeys(("dict_forward_takes_labels_ok", "dict_forward_takes_labels_unscaled_bias"),
                    "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "cross_entropy)"),
    **dict.fromkeys(("script_small_constant_rate_ok", "script_small_constant_rate_no_sigmoid_derivative"),
                    "sigmoid hidden units (detected from your forward), identity + MSE (read from your `loss = "
                    "np.square(y_pred - y).sum()`"),
    "unpacked_l2_penalty_without_half_ok": "relu hidden units (detected from your forward), softmax + cross-entropy "
                                           "(read from your compute_cost), L2 0.01 (read from your compute_cost: "
                                           "`reg * (np.sum(W1 * W1) + np.sum(W2 * W2))`; reg passed 0.005)",
    **dict.fromkeys(("unpacked_l2_param_ok", "unpacked_l2_param_output_layer_unpenalised"),
                    "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "compute_cost), L2 0.01 (read from your compute_cost: `reg / 2 * (np.sum(W1 * W1) + "
                    "np.sum(W2 * W2))`; reg passed 0.01)"),
    **dict.fromkeys(("script_dict_weights_ok", "script_dict_weights_derivative_of_z"),
                    "tanh hidden units (detected from your forward), softmax + cross-entropy (default"),
    **dict.fromkeys(("class_private_attrs_ok", "class_private_attrs_no_sigmoid_derivative"),
                    "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from "
                    "your cost)"),
    "sigmoid": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your "
               "cross_entropy)",
    "tanh": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output",
    "quadratic": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your quadratic_cost and "
               "cost_derivative)",
    "bce": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
           "binary_cross_entropy)",
    "identity": "tanh hidden units (detected from your forward), identity + MSE (read from your mean_squared_error)",
    "leaky": "leaky relu (slope 0.01) hidden units (detected from your forward), softmax + cross-entropy (default",
    "readout": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "layersig": "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
                "forward) + cross-entropy (read from your SoftmaxCrossEntropy)",
    "activations": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "binary": "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your loss (a "
              "method no code of the file calls))",
    "layerdicts": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "perparam": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "binarycall": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "dlai": "relu hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "held": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "persample": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "msekit": "tanh hidden units (detected from your forward), softmax output (default: not read from your forward) "
              "+ cross-entropy (default for a softmax output; its layers are composed with xval's softmax "
              "cross-entropy",
    "star": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "ratekit": "sigmoid hidden units (detected from your forward), softmax output (default: not read from your "
               "forward) + cross-entropy (default",
    "unrolled": "sigmoid hidden units (read from the J it returns), sigmoid output (read from the J it returns) + "
                "binary cross-entropy (read from the J it returns)",
    "course": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
              "`J = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m`)",
    "dropout": "relu hidden units (detected from your forward), softmax + cross-entropy (default",
    "module": "relu hidden units (detected from your forward), softmax output (default: not read from your forward) "
              "+ cross-entropy (read from the value of your loss layer; SoftmaxCrossEntropyCriterion.forward's value "
              "on a probe batch: xval's own)",
    "nabla": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your derivada_costo)",
    "pairindex": "relu hidden units (detected from your forward), softmax + cross-entropy (default",
    "methods": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your compute_cost)",
    "foreign_class_squared_error_named_in_portuguese": "tanh hidden units (detected from your forward), softmax + MSE "
                                                       "(read from your `perda_emq = ",
    "class_layers_dict_l2_in_loss_only": "relu hidden units (detected from your forward), softmax output (default: "
                                         "not read from your forward) + cross-entropy (default for a softmax output; "
                                         "--loss to choose), L2 0.01 (read from your loss: `decay / 2 * ",
    "regression": "tanh hidden units (detected from your forward), identity + MSE (read from your half_mse; `0.5 * "
                  "np.mean((output - targets.reshape(-1, 1)) ** 2)` in half_mse: 1/K x xval's MSE",
    "class_gradient": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                      "half_squared_error)",
    "mse": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your loss; `np.mean((self.out "
           "- y) ** 2)` in loss: 2/K x xval's MSE",
    **{name: "relu hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your bce)"
       for name in ("class_activation_dict_ok", "class_activation_dict_no_batch_mean")},
    **{name: "tanh hidden units (detected from your forward), softmax + cross-entropy (default"
       for name in ("class_passed_functions_ok", "class_passed_functions_derivative_of_output",
                    "class_two_hidden_named_ok", "class_two_hidden_named_gate_skips_layer",
                    "class_two_hidden_named_grad_ydata_ok")},
    "foreign": "tanh hidden units (detected from your forward), softmax + cross-entropy (default",
    **{name: "relu hidden units (detected from your forward), identity + MSE (default for an identity output"
       for name in ("class_upstream", "dict_cache_upstream_ok", "dict_cache_upstream_no_relu_mask",
                     "dict_cache_upstream_named_seed_ok")},
    "dict_cache_upstream_mean_loss_ok": "relu hidden units (detected from your forward), identity + MSE (read from "
                                        "your mse; `np.mean((pred - target) ** 2)` in mse: 2/K x xval's MSE",
    "forward_loss_info_ok": "sigmoid hidden units (detected from your forward), identity + MSE (read from your `loss "
                            "= np.mean(np.sum(np.power(y - P, 2), axis=1))`; `np.mean(np.sum(np.power(y - P, 2), "
                            "axis=1))`: 2 x xval's MSE",
    "forward_loss_info_mean_of_all_not_divided": "sigmoid hidden units (detected from your forward), identity + MSE "
                                                 "(read from your `loss = np.mean(np.power(y - P, 2))`; "
                                                 "`np.mean(np.power(y - P, 2))`: 2/K x xval's MSE",
    "class_summed": "relu hidden units (detected from your forward), softmax + cross-entropy (read from your "
                    "total_cross_entropy; `-np.sum(Y * np.log(self.forward(X) + 1e-12))` in total_cross_entropy: 1 x B "
                    "x xval's cross-entropy",
    "class_hidden_count_stale_weights": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read "
                                        "from your half_squared_error (a method no code of the file calls))",
    "class_hidden_count_ok": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your "
                             "half_squared_error (a method no code of the file calls))",
    "class_placeholder": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a "
                         "softmax output",
    "class_init": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                  "output",
    "globals_linear": "tanh hidden units (detected from your forward), identity output (read from your forward: it "
                      "returns the last layer's z, and nothing in the file applies a softmax or a sigmoid) + MSE "
                      "(default for an identity output",
    "objects_added": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                     "output",
    "summed_sse": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your sse; `0.5 * "
                  "np.sum((out - Y) ** 2)` in sse: 1 x B x xval's MSE",
    "class_cached": "tanh hidden units (detected from your forward), identity + MSE (read from your "
                    "mean_squared (a method no code of the file calls); `np.sum((Y_hat - Y) ** 2) / m` in "
                    "mean_squared: 2 x xval's MSE",
    "class_eval": "tanh hidden units (detected from your forward), identity + MSE (read from your loss (a method no "
                  "code of the file calls))",
    "class_layer_calls_regression_ok": "relu hidden units (detected from your forward), identity + MSE (read from "
                                       "your mse; `np.mean((pred - target) ** 2)` in mse: 2/K x xval's MSE",
    **{name: "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your getCost (a method no "
             "code of the file calls))" for name in ("class_two_lists_ok", "class_two_lists_slope_of_activation")},
    "objects_parameter": "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                         "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                         "softmax cross-entropy",
    "objects_bound": "tanh hidden units (detected from your forward), softmax output (default: not read from your "
                     "forward) + cross-entropy (default for a softmax output; its layers are composed with xval's "
                     "softmax cross-entropy",
    "wild_stackcols": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (default",
    "wild_configdict": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your "
                       "`loss = -np.mean(",
    "wild_fitattrs": "sigmoid hidden units (detected from your forward), softmax + cross-entropy (read from your loss)",
    "wild_returnedlists": "tanh hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "wild_labelcol": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "wild_xorlike": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (default",
    "epoch": "relu hidden units (detected from your forward), softmax + cross-entropy (default for a softmax output",
    "class_train_method_ok": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for "
                             "a softmax output",
    "class_train_method_no_tanh_derivative": "tanh hidden units (detected from your forward), softmax + cross-entropy "
                                             "(default for a softmax output",
    "train": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
             "`cost = ",
    "script": "relu hidden units (detected from your forward), softmax + cross-entropy (read from your `loss = "
              "-np.mean(np.log(probs[np.arange(m), y]))`)",
    "script_colmajor": "tanh hidden units (detected from your forward), softmax + cross-entropy (read from your `cost = "
                       "-np.sum(Y * np.log(A2)) / m`)",
    "script_minibatch": "relu hidden units (detected from your forward), softmax + cross-entropy (default",
    "script_one": "tanh hidden units (detected from your forward), softmax + cross-entropy (default for a softmax "
                  "output",
    "script_indexed": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `err = 0.5 * "
                      "np.sum((o - t) ** 2)`)",
    "script_accumulated": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `err = 0.5 "
                          "* np.sum((o - t) ** 2)`)",
    "script_per": "sigmoid hidden units (detected from your forward), sigmoid + MSE (read from your `err = 0.5 * "
                  "np.sum((o - t) ** 2)`)",
    "script_main": "sigmoid hidden units (detected from your forward), sigmoid + binary cross-entropy (read from your "
                   "`bce = ",
}
"""Keyed by a file name's style prefix (its first word, or its first two for the ``wild_`` files), or by a whole
name where one file reads another model than its style's."""


@pytest.fixture(scope="module")
def inputs():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        return load_inputs(None, None, None, steps=2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("styles"))


def test_the_corpus_is_complete(corpus):
    files = {p.stem for p in corpus.glob("*.py")}
    assert files == set(EXPECTED), "every file needs a row in EXPECTED, and every row a file"
    assert len(files) >= 30 and set(BUGS) | set(VARIANTS) <= files
    for p in corpus.glob("*.py"):  # each says what it is
        text = p.read_text()
        assert text.startswith(('"""Bug: ', '"""Exit 2: ')) or p.stem.endswith("_ok"), p.name
        assert not text.startswith('"""Bug: ') or not p.stem.endswith("_ok"), p.name


def _tiered(names):
    """Every correct and exit-2 file, and the first bug of each style, in the fast tier; the other bugs slow."""
    seen, out = set(), []
    for n in sorted(names):
        style = n.split("_")[0]
        fast = n.endswith("_ok") or n.startswith("unusable") or style not in seen
        if not (n.endswith("_ok") or n.startswith("unusable")):
            seen.add(style)
        out.append(n if fast else pytest.param(n, marks=pytest.mark.slow))
    return out


@pytest.mark.parametrize("name", _tiered(EXPECTED))
def test_each_style_is_read_and_judged(name, inputs, corpus):
    status, code, phrase = EXPECTED[name]
    params, x, y, real = inputs
    path = corpus / f"{name}.py"
    if status == "unusable":  # (as the CLI checks a file without --weights: at the depth and sizes it builds)
        report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
        assert report.status == "unusable" and report.exit_code == 2, report.text()
        assert phrase in report.error, report.error
        return
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert phrase in report.interface, report.interface
    assert report.to_json()["interface"] == report.interface
    assert f"read as: {report.interface}" in report.text()
    assert report.status == status, report.text()
    family = CHECKED_AS.get(name) or CHECKED_AS.get("_".join(name.split("_")[:2])) or CHECKED_AS.get(name.split("_")[0])
    if family:  # every part read from the file
        assert report.checked_as.startswith(family), report.checked_as
    else:  # the notebook's model; a style may not expose every value it is read from (then: the default, said)
        assert report.checked_as.startswith("relu hidden units (") and "softmax" in report.checked_as \
            and "+ cross-entropy (" in report.checked_as, report.checked_as
    assert f"checked as: {report.checked_as}" in report.text() and report.to_json()["checked_as"] == report.checked_as
    if code is None:
        assert report.diagnosis == [], report.text()
    else:
        assert report.diagnosis and report.diagnosis[0].code == code, report.text()
        assert report.first_mismatch is not None or code == "raised"
    json.dumps(report.to_json(), allow_nan=False)


def test_a_known_bug_that_is_also_summed_over_the_batch_is_named_with_its_factor(corpus, inputs):
    # the hidden error never gated, and every error not divided by the batch size: the hidden layer's gradient is
    # the batch size times the no-gate backprop's, named so rather than "no known signature"
    params, x, y, real = inputs
    report = check_submission(corpus / "script_ascent_mean_summed_no_gate.py", params, x, y, real,
                              CheckOptions(steps=1, fit_depth=True))
    gate = next(d for d in report.diagnosis if d.code == "relu-gate")
    assert gate.params == ["w1", "b1"] and "x the 'no-gate' hypothesis" in gate.evidence, report.text()
    assert gate.factor > 1 and "the batch size" in gate.explanation, report.text()
    assert not any(d.code == "gradient-mismatch" for d in report.diagnosis), report.text()


def test_a_bias_kept_per_sample_by_layers_the_file_trains_on_batches_is_its_bug(corpus, inputs):
    # a layer whose bias gradient keeps one row per sample reads as written for one sample, unless the file's own
    # train() feeds its layers whole batches: then the shape error is the finding, and the hint says what to sum
    params, x, y, real = inputs
    report = check_submission(corpus / "objects_batch_trained_bias_per_sample.py", params, x, y, real,
                              CheckOptions(steps=1, fit_depth=True))
    assert report.diagnosis and report.diagnosis[0].code == "raised", report.text()
    assert "one row per sample" in report.diagnosis[0].hint, report.text()
    assert "Network.train feeds its layers whole batches" in report.text(), report.text()


def test_weights_stepped_before_the_delta_goes_back_are_named_at_the_files_own_scale(corpus, inputs):
    # W2 stepped before the hidden delta is sent back through it, and the error summed over the batch: the hidden
    # layer's step follows no rate at the oracle's scale; it is stale-weights at the scale the output layer shows
    params, x, y, real = inputs
    report = check_submission(corpus / "class_loose_methods_stale_summed.py", params, x, y, real,
                              CheckOptions(steps=1, fit_depth=True))
    codes = [d.code for d in report.diagnosis]
    assert codes[:2] == ["scaled-gradient", "stale-weights"], report.text()
    scaled, stale = report.diagnosis[:2]
    assert scaled.params == ["w2", "b2"] and scaled.factor > 1, report.text()
    assert stale.params == ["w1", "b1"] and f"every gradient is {scaled.factor:.6g} x the oracle's" in \
        stale.explanation, report.text()
    assert "update-rule" not in codes, report.text()


@pytest.mark.parametrize("name, says, layers", [
    ("tanhout_helper_prime_of_a", "every activation derivative (hidden layers and the output)",
     ["w2", "b2", "w1", "b1"]),
    ("tanhout_helper_out_prime_of_a", "the output layer's derivative applied to the output a",
     ["w2", "b2", "w1", "b1"]),
])
def test_a_tanh_derivative_taken_of_the_activation_is_named_at_the_output_or_everywhere(name, says, layers, corpus,
                                                                                         inputs):
    """A tanh output under MSE with tanh' taken of a (1 - tanh(tanh(z))**2): at the output only, or everywhere (one
    helper for z given a). Both used to read as "no known signature" or float32 rounding (the difference is small
    where z is small); the hypotheses for a sigmoid output now cover a tanh one."""
    params, x, y, real = inputs
    report = check_submission(corpus / f"{name}.py", params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    first = report.diagnosis[0]
    assert first.code == "activation-derivative" and says in first.explanation, report.text()
    assert first.params == layers and not any(d.code == "precision-loss" for d in report.diagnosis), report.text()


def test_a_first_layer_gradient_formed_from_relu_of_the_inputs_is_caught_on_signed_inputs(corpus, inputs):
    """Pixels are never negative, so dW1 = relu(X).T @ delta equals X.T @ delta on every batch of the data: only
    the signed case (the partial batch centred, as standardised data is) shows it, and the finding says so."""
    params, x, y, real = inputs
    path = corpus / "functions_layer_list_two_deep_relu_of_input.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    first = report.diagnosis[0]
    assert first.params == ["w1"] and first.cases == ["signed"], report.text()
    assert "only on inputs below zero" in first.explanation and "relu(x)" in first.hint, report.text()
    assert report.first_mismatch.case == "signed"


def test_another_interface_of_the_notebooks_model_is_checked_on_scaled_weights_its_overflow_a_warning(corpus, inputs):
    """A softmax without the max shift, written in the notebook's own interface, overflows at the notebook's
    weights, its own regime (test_check_mutants); written in another interface, with weights of its own making,
    it is checked on the default weights scaled for ReLU units (He), and its overflow at the unscaled ones (logits
    near 2000) is a warning that still names it; a real bug beside it is still the finding."""
    params, x, y, real = inputs
    path = corpus / "cs231n_model_softmax_no_shift.py"
    fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.status == "ok", report.text()
    assert "checked on the default weights scaled for relu units (He" in report.text(), report.text()
    assert "the notebook's interface's regime" in report.text(), report.text()
    stress = [i.detail for i in report.checks if i.detail.startswith("on the unscaled weights only")]
    assert stress and any("max" in d for d in stress), report.text()
    broken = corpus / "cs231n_model_softmax_no_shift_no_gate.py"
    source = path.read_text()
    broken.write_text(source.replace("dz = dout * (z > 0)", "dz = dout"))  # the ReLU's gate dropped as well
    assert broken.read_text() != source
    report = check_submission(broken, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.status == "mismatch", report.text()


def test_a_one_hot_width_from_the_labels_is_a_warning_and_the_gradient_is_still_judged(corpus, inputs):
    """`np.zeros((Y.max() + 1, Y.size))` breaks on a batch without class 9 (the one-sample case): that case is judged
    on the same batch with its last label set to 9, the line is named in a warning, and a real bug still shows."""
    params, x, y, real = inputs
    for name, status in (("colmajor_onehot_width_from_labels_ok", "ok"), ("colmajor_onehot_width_no_gate", "mismatch")):
        path = corpus / f"{name}.py"
        if name.endswith("no_gate"):  # the same width, and a real bug: ReLU's gate dropped
            source = (corpus / "colmajor_onehot_width_from_labels_ok.py").read_text()
            path.write_text(source.replace("(Z1 > 0)", "1.0"))
            assert path.read_text() != source
        fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
        report = check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
        assert report.status == status, report.text()
        warned = [it for it in report.checks if it.name == "labels"]
        assert warned and warned[0].case == "single" and "Y.max() + 1" in warned[0].detail, report.text()
        assert "raised" not in {d.code for d in report.diagnosis}, report.text()


def test_a_loss_gradient_written_inline_in_a_step_over_the_layers_is_run_or_said_unchecked(corpus, inputs):
    """Layers and no loss layer, and a step function of the file's own feeding them a loss gradient: computed by a
    function of its own (train_step's `loss, grad = softmax_head(out, onehot)`), that function is the loss gradient
    (its bug found); written inline (`grad = (e / e.sum(...) - y_onehot) / len(x)`), a warning names the line and
    the file gets no verdict (exit 2), never a pass over code xval did not run; a kit whose loss is a layer xval
    runs gets neither."""
    params, x, y, real = inputs
    reports = {}
    for name in ("objects_kept_rate_ok", "objects_kept_rate_head_not_averaged", "objects_returned_grads_ok",
                 "objects_random_state_ok"):
        path = corpus / f"{name}.py"
        fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
        reports[name] = check_submission(path, fitted, x, y, real,
                                         CheckOptions(steps=0, cases=("batch0",), fit_depth=True))

    def warned(name):
        return [c.detail for c in reports[name].checks if c.severity == "warning" and "feeds its layers" in c.detail]

    head = reports["objects_kept_rate_ok"]
    assert head.ok and "loss gradient: the file's softmax_head() (as its train_step(layers, X, onehot) computes it " \
        "at line 44" in head.interface, head.text()
    assert warned("objects_kept_rate_ok") == []
    bug = reports["objects_kept_rate_head_not_averaged"]
    assert bug.status == "mismatch" and bug.diagnosis[0].code == "scaled-gradient", bug.text()
    inline = warned("objects_returned_grads_ok")
    unrun = reports["objects_returned_grads_ok"]
    assert unrun.status == "unusable" and unrun.exit_code == 2 and len(inline) == 1, unrun.text()
    assert "its layers agree with the oracles, but gradients(layers, x, y_onehot, keep) feeds them" in unrun.error
    assert inline[0].startswith("gradients(layers, x, y_onehot, keep) feeds its layers a loss gradient of its own "
                                "(line 35: `grad = (e / e.sum(axis=1, keepdims=True) - y_onehot) / len(x)`)")
    assert warned("objects_random_state_ok") == []


def test_a_batch_size_only_the_training_loop_sets_is_bound_to_each_calls_and_said(corpus, inputs):
    """m_batch = stop - start or mb = xb.shape[1] inside the file's own loop (not run), read by its backward: bound
    to each call's batch size, said as a warning; a global of another name the loop sets is not guessed (exit 2)."""
    params, x, y, real = inputs
    for name, global_name in (("colmajor_loop_batch_global_ok", "m_batch"), ("dict_loop_batch_global_ok", "mb")):
        path = corpus / f"{name}.py"
        fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
        report = check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
        assert report.ok, report.text()
        assert any(c.detail.startswith(f"`{global_name}` is set per batch by top-level code xval does not run")
                   and c.detail.endswith("bound to each call's batch size") for c in report.checks), report.text()


def test_a_batch_size_constant_the_training_loop_draws_by_is_bound_to_each_calls_and_said(corpus, inputs, tmp_path):
    """BATCH_SIZE = 16 at top level, the size the file's own loop (not run) draws each batch by, divided by in its
    backward: bound to each call's batch size, said as a warning. The same constant no top-level loop reads is
    the file's own number, not a batch size: left at 16, and the gradient it scales is wrong."""
    params, x, y, real = inputs
    path = corpus / "functions_batch_size_constant_ok.py"
    fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.ok, report.text()
    assert any(c.detail.startswith("`BATCH_SIZE` (line 7: BATCH_SIZE = 16) is the size the file's training loop "
                                   "draws its batches by, and is read by backward: bound to each call's batch size")
               for c in report.checks), report.text()
    source = path.read_text()
    loop = source.index("for it in range(200):")
    unread = tmp_path / "functions_batch_size_constant_unread.py"
    unread.write_text(source[:loop])  # no training loop: nothing draws batches by BATCH_SIZE
    report = check_submission(unread, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.status == "mismatch" and report.diagnosis[0].code == "scaled-gradient", report.text()
    assert not any("BATCH_SIZE" in c.detail and "bound to" in c.detail for c in report.checks), report.text()


def test_probabilities_a_backward_takes_are_made_by_the_files_own_function_of_the_logits(corpus, inputs, tmp_path):
    """A forward that stops at the logits, beside a function of the file's own that makes the probabilities (and
    the loss) from them: a backward that takes the probabilities is given that function's, whatever it is called
    (as `backward` it was given the logits themselves, and a correct file was called wrong)."""
    params, x, y, real = inputs
    path = corpus / "functions_softmax_outside_forward_ok.py"
    named = tmp_path / "functions_softmax_outside_forward_backward.py"
    named.write_text(path.read_text().replace("calculate_gradients", "backward"))
    fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(named))), params)
    report = check_submission(named, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.ok and "and backward(h1, probs, W2, z1, x, labels)" in report.interface, report.text()


def test_a_file_with_no_loss_is_judged_under_its_outputs_natural_loss_and_passes_under_the_one_named(corpus, inputs):
    """The loss never comes from which reading makes the gradient pass: a sigmoid network that defines no loss and
    steps with the squared error's delta is judged under binary cross-entropy, its output's natural loss, and the
    squared error's gradient is named (loss-mismatch); --loss mse, a grader's choice, judges it under that."""
    params, x, y, real = inputs
    path = corpus / "class_book_squared_error_delta_no_loss.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.checked_as.endswith("sigmoid + binary cross-entropy (default for a sigmoid output; --loss to "
                                      "choose)"), report.checked_as
    assert [d.code for d in report.diagnosis][:1] == ["loss-mismatch"], report.text()
    assert "--loss mse" in report.diagnosis[0].hint, report.text()
    named = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True, loss="mse"))
    assert named.ok and "sigmoid + MSE (--loss)" in named.checked_as, named.text()


def test_stale_weights_under_the_loss_rule_are_named_through_the_outputs_other_loss(corpus, inputs):
    """A sigmoid network with no loss written, stepping with the squared error's delta (judged under binary
    cross-entropy: loss-mismatch on its output layer), that updates its output weights before taking the hidden
    error back through them: the hidden layer's step depends on the rate, and that dependence is stale weights under
    the squared error's gradient, the loss its output layer's is (named update-rule before)."""
    params, x, y, real = inputs
    path = corpus / "class_book_squared_error_delta_no_loss_stale.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    codes = {d.code: d for d in report.diagnosis}
    assert list(codes) == ["loss-mismatch", "stale-weights"], report.text()
    assert sorted(codes["stale-weights"].params) == ["b1", "w1"], report.text()
    assert "with MSE's gradient" in codes["stale-weights"].explanation, report.text()


def test_another_losss_gradient_implied_at_the_files_small_rate_is_named_alone(corpus, inputs):
    """A gradient read from an update at the file's own small constant rate (w -= 0.0002 * g) carries that rate's
    rounding: the hypotheses that explain it (here the squared error's gradient where the loss is binary
    cross-entropy) allow for it as the checks do (they allowed for xval's larger rate only, and on one sample the
    first layer's tiny elements were left over as an error "with no known signature")."""
    params, x, y, real = inputs
    path = corpus / "script_tiny_rate_squared_error_delta.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert [d.code for d in report.diagnosis] == ["loss-mismatch"], report.text()
    assert sorted(report.diagnosis[0].params) == ["w1", "w2"], report.text()


def test_an_output_on_another_loss_above_hidden_layers_on_the_checked_one_is_named_as_two_losses(corpus, inputs):
    """The book-style step that moves its output weights by the squared error's delta but sends the raw error down
    (hidden_errors = who.T @ output_errors) gives hidden gradients that hold under binary cross-entropy and an
    output gradient that is MSE's: the loss-mismatch says the layers follow two different losses, and its hint
    asks for one delta in both places (it named the output's loss alone, as if the whole file were on MSE)."""
    params, x, y, real = inputs
    path = corpus / "class_query_train_lists_mixed_deltas.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    found = report.diagnosis[0]
    assert found.code == "loss-mismatch" and found.params == ["w2"], report.text()
    assert "the layers follow two different losses" in found.explanation, report.text()
    assert "in both" in found.hint, report.text()


def test_a_frozen_bias_beside_another_losss_summed_gradient_is_named_and_the_rest_is_that_loss(corpus, inputs):
    """A tensor exactly unchanged is not-updated, whatever else the step does: it is left out when one factor is
    fitted to read the other tensors as another loss's gradient summed over the batch (an all-zero tensor fits no
    factor and sank the whole fit to an error "with no known signature"), and no hypothesis claims it first."""
    params, x, y, real = inputs
    path = corpus / "script_delta_rule_hidden_bias_frozen.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert [(d.code, d.params) for d in report.diagnosis][:1] == [("not-updated", ["b1"])], report.text()
    assert {d.code for d in report.diagnosis} == {"not-updated", "loss-mismatch"}, report.text()
    assert "summed over the batch" in report.diagnosis[1].explanation, report.text()


def test_a_layer_class_the_composed_network_leaves_out_is_said_unchecked(corpus, inputs):
    """A kit's Dropout layer (its own forward and backward) is outside the models the oracles build: the kit's other
    layers are judged, and the result says that one was not checked rather than passing it in silence."""
    params, x, y, real = inputs
    path = corpus / "objects_with_dropout_layer_ok.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.ok, report.text()
    assert "warning: layer class Dropout (a forward and a backward of its own) is not checked" in report.text()
    assert "Net" not in report.text().split("is not checked")[0].split("warning: layer class")[-1]


def test_a_half_sum_gradient_against_a_printed_mean_is_one_scale_not_an_unknown_error(corpus, inputs):
    """(a - y) times the slope, never divided by the batch size, against np.mean((y - a) ** 2) on one output unit:
    B/2 x on a batch of B, and 1/2 x on the one-sample check, where any two losses differ by one factor. Both are
    that scale, said as such; none is an error "with no known signature"."""
    params, x, y, real = inputs
    path = corpus / "script_half_sum_printed_mean.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert {d.code for d in report.diagnosis} == {"scaled-gradient"}, report.text()
    assert "half the batch size" in report.diagnosis[0].explanation, report.text()


def test_a_default_data_path_is_retried_as_none_and_weights_made_by_the_init_method(tmp_path):
    """A constructor whose default path loads a file that is not there is built with the path None; weights that
    only an init method makes are made by calling it with the dims; a backward xval cannot fill gives way."""
    path = tmp_path / "net.py"
    path.write_text(
        "import pickle\nimport numpy as np\n\n\nclass Net:\n"
        "    def __init__(self, hidden=(20,), data_path='digits.pkl'):\n"
        "        self.hidden = list(hidden)\n"
        "        self.data = None if data_path is None else pickle.load(open(data_path, 'rb'))\n\n"
        "    def init_weights(self, dims):\n"
        "        s = [dims[0], *self.hidden, dims[1]]\n"
        "        self.W = [np.random.randn(a, b) for a, b in zip(s[:-1], s[1:])]\n"
        "        self.b = [np.zeros(b) for b in s[1:]]\n\n"
        "    def forward(self, X):\n"
        "        self.As, self.Zs = [X], []\n"
        "        for k, (W, b) in enumerate(zip(self.W, self.b)):\n"
        "            self.Zs.append(self.As[-1] @ W + b)\n"
        "            self.As.append(np.maximum(self.Zs[-1], 0) if k < len(self.W) - 1 else self.Zs[-1])\n"
        "        e = np.exp(self.As[-1] - self.As[-1].max(axis=1, keepdims=True))\n"
        "        return e / e.sum(axis=1, keepdims=True)\n\n"
        "    def backward(self, grad_out, lr):\n"
        "        raise NotImplementedError\n\n"
        "    def gradients(self, X, y):\n"
        "        d = self.forward(X)\n"
        "        d[np.arange(len(y)), y] -= 1\n"
        "        d /= len(y)\n"
        "        gW, gb = [], []\n"
        "        for k in range(len(self.W) - 1, -1, -1):\n"
        "            gW.insert(0, self.As[k].T @ d)\n"
        "            gb.insert(0, d.sum(axis=0))\n"
        "            if k:\n"
        "                d = (d @ self.W[k].T) * (self.Zs[k - 1] > 0)\n"
        "        return gW, gb\n")
    model = resolve(load_submission(path))
    assert "data_path=None (its default failed: it loads a data file)" in model.interface, model.interface
    assert "weights made by its init_weights([784, 10])" in model.interface, model.interface
    assert "then gradients" in model.interface and model.mode == "gradients", model.interface
    assert any(e.startswith("not backward(grad_out, lr): nothing to pass as `grad_out`") for e in model.evidence)


def test_a_relative_path_reads_the_same(inputs, monkeypatch):
    """The worker runs in another directory: it reads the file's source (names, returns, string constants) by
    its absolute path, so a relative path gives the same reading (it gave exit 2 for this file)."""
    params, x, y, real = inputs
    monkeypatch.chdir(STYLES.parent)
    path = Path("styles") / "colmajor_seven_arguments_ok.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0, fit_depth=True))
    assert report.status == "ok" and "backward(Z1, A1, Z2, A2, W2, X, Y)" in report.interface, report.text()


def test_an_unusable_file_keeps_the_loaders_warnings(tmp_path, inputs):
    path = tmp_path / "nb.py"
    path.write_text("import numpy as np\nimport not_a_module_xval\n\ndef train(X, y):\n    return X\n")
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert report.status == "unusable" and "not_a_module_xval is not installed" in report.error
    assert "not_a_module_xval" in report.csv_row()["message"]


def test_explain_lists_every_style(xval):
    code, out, _ = xval("check", STYLES / "unusable_class_without_backward.py", "--explain")
    assert code == 2 and "classes: no: class Perceptron: could not run forward" in out
    code, out, _ = xval("check", STYLES / "colmajor_ok.py", "--explain")
    assert code == 0 and "functions: yes:" in out and "chosen: functions" in out


def test_a_notebook_cell_is_cited_by_cell_and_line(tmp_path):
    import numpy as np

    from tests.test_check import notebook
    from xval.reports.check.adapter import UserModel
    from xval.reports.check.guard import Guard, SubmissionError

    path = notebook(tmp_path, ["import numpy as np\n", "def forward(x, weights, biases):\n    k = 0\n    return 1 // k\n",
                               "def backward(x, y_true, zs, activations, weights, biases, learning_rate):\n    pass\n"])
    model = UserModel(resolve(load_submission(path)), Guard())
    with pytest.raises(SubmissionError, match=r"nb\.ipynb, cell 2:3: return 1 // k"):
        model.forward([(np.ones((3, 2)), np.zeros((1, 2)))], np.ones((4, 3)).astype(int))


def test_an_adapter_file_opens_any_interface(inputs):
    """A file no style fits, checked through a 15-line adapter: it runs, and its fixed step size is found."""
    import numpy as np

    _, x, y, real = inputs
    gen = np.random.default_rng(0)
    params = [(gen.standard_normal((784, 10)) * 0.01, np.zeros((1, 10)))]
    adapter = Path(__file__).parent / "styles_adapters" / "perceptron_adapter.py"
    report = check_submission(STYLES / "unusable_class_without_backward.py", params, x, y, real,
                              CheckOptions(steps=1, forward=f"adapter:{adapter}"))
    assert "through the adapter" in report.interface, report.text()
    assert report.status == "mismatch" and report.diagnosis[0].code == "update-rule", report.text()
    assert "does not follow the learning_rate" in report.diagnosis[0].explanation


LAYER_FINDINGS = {  # bug -> (the layer function named first, a phrase of its explanation, the composed finding)
    "cs231n_layers_bias_no_axis": ("affine_backward", "db is one number for the whole layer", "bias-total-sum"),
    "cs231n_layers_relu_at_zero": ("relu_backward", "ReLU'(0) is taken as 1", "relu-gate"),
    "cs231n_layers_dx_slip": ("affine_backward", "dx is 1.001 x the expected value", "scaled-gradient"),
    "cs231n_layers_softmax_not_averaged": ("softmax_loss", "dx is 7 x the expected value", "scaled-gradient"),
    # layer objects: the class's method is named
    "objects_call_dicts_bias_no_axis": ("Linear.backward", "db is one number for the whole layer", "bias-total-sum"),
    "objects_attrs_relu_mask_at_zero": ("ReLU.backward", "ReLU'(0) is taken as 1", "relu-gate"),
    "layersig_objects_derivative_of_output": ("Sigmoid.backward", "the derivative taken of the layer's output again",
                                              "activation-derivative"),
}


@pytest.mark.parametrize("name", sorted(LAYER_FINDINGS))
def test_each_layer_function_is_judged_alone_then_the_network(name, inputs, corpus):
    """CS231n layer functions: the wrong one is named from its own vector-Jacobian product, before the
    composed network's diagnosis (which still follows)."""
    fn, phrase, composed = LAYER_FINDINGS[name]
    params, x, y, real = inputs
    report = check_submission(corpus / f"{name}.py", params, x, y, real, CheckOptions(steps=0))
    first = report.diagnosis[0]
    assert first.code == "layer-function" and first.params == [fn] and phrase in first.explanation, report.text()
    assert composed in [d.code for d in report.diagnosis[1:]], report.text()
    assert report.first_mismatch.param.startswith(fn), report.text()


def test_a_loss_layer_whose_value_alone_is_wrong_is_named_by_its_forward(inputs, corpus):
    """A loss layer whose gradient is the mean cross-entropy's and whose value is not (the shifted log-sum-exp minus
    the unshifted label's score): kept as the loss, its forward named alone, with a value no factor explains; the
    composed network's gradients agree, so nothing else is named (it passed before: the layer was left out)."""
    params, x, y, real = inputs
    path = corpus / "objects_kit_from_arrays_loss_value_unshifted.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert [(d.code, d.params) for d in report.diagnosis] == [("layer-function", ["SoftmaxLoss.forward"])], \
        report.text()
    assert "x the softmax cross-entropy of its input" in report.diagnosis[0].explanation, report.text()


def test_correct_layer_functions_agree_alone(inputs):
    params, x, y, real = inputs
    report = check_submission(STYLES / "cs231n_layers_ok.py", params, x, y, real, CheckOptions(steps=0))
    assert any(c.name == "layer functions alone" and c.ok for c in report.checks), report.text()


@pytest.mark.parametrize("name, classes", [("objects_call_dicts_ok", "Linear, ReLU, CrossEntropyLoss each agree"),
                                           ("layersig_objects_ok", "FullyConnected, Sigmoid, SoftmaxCrossEntropy each"),
                                           ("objects_colmajor_ok", "FullyConnectedLayer, Relu each agree")])
def test_correct_layer_classes_agree_alone(name, classes, inputs):
    """Each layer class the file defines and xval composes (the loss layer too, where there is one) is judged
    alone against the autodiff vector-Jacobian product, in the file's own orientation."""
    params, x, y, real = inputs
    report = check_submission(STYLES / f"{name}.py", params, x, y, real, CheckOptions(steps=0))
    assert any(c.name == "layer classes alone" and c.ok and classes in c.detail for c in report.checks), report.text()


def _batch_sample() -> list[str]:
    """One file of each style prefix and status of the corpus, and one of each first code: every style and every
    kind of verdict, about a quarter of the files (each file's own verdict is the test above's)."""
    out, kinds = [], set()
    for name in sorted(EXPECTED):
        kind = (name.split("_")[0], EXPECTED[name][0])
        if kind not in kinds:
            kinds.add(kind)
            out.append(name)
    codes = {EXPECTED[n][1] for n in out}
    for name in sorted(EXPECTED):
        if EXPECTED[name][1] not in codes:
            codes.add(EXPECTED[name][1])
            out.append(name)
    return out


@pytest.mark.slow
def test_batch_mode_gives_the_same_verdicts(corpus, xval, tmp_path):
    """`xval check DIR` over a sample of the corpus (:func:`_batch_sample`), each file in its own worker: the
    statuses and first codes above."""
    import csv

    sample = tmp_path / "sample"
    sample.mkdir()
    names = _batch_sample()
    for name in names:
        shutil.copy(corpus / f"{name}.py", sample / f"{name}.py")
    out = tmp_path / "rows.csv"
    xval("check", sample, "--jobs", "2", "--steps", "1", "--csv", out)
    rows = {Path(r["file"]).stem: r for r in csv.DictReader(out.open())}
    assert set(rows) == set(names)
    kind = lambda n: (n.split("_")[0], EXPECTED[n][0])  # noqa: E731
    assert {kind(n) for n in names} == {kind(n) for n in EXPECTED}, "every style prefix and status is sampled"
    assert {EXPECTED[n][1] for n in names} == {EXPECTED[n][1] for n in EXPECTED}, "every first code is sampled"
    for name, (status, code, _) in ((n, EXPECTED[n]) for n in names):
        assert rows[name]["status"] == status, (name, rows[name])
        assert (rows[name]["codes"].split() or [None])[0] == code, (name, rows[name])


@pytest.mark.parametrize("name", ["unpacked_l2_param_ok", "unpacked_l2_penalty_without_half_ok", "class_dims_lists_ok",
                                  "layer_objects_built_decay_ok"])
def test_a_backward_taking_the_strength_is_passed_the_l2_checked(name, inputs, corpus):
    """--l2 on a file whose backward takes the strength its cost adds (reg / 2 * sum W^2, or reg * sum W^2): reg is
    given the flag's value in that convention (passed 0, a correct file's gradient lacked the term: weight-decay);
    a class whose constructor takes it (`weight_decay`, its gradient + weight_decay * W) is built with it."""
    params, x, y, real = inputs
    path = corpus / f"{name}.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True, l2=0.05))
    assert report.ok and report.checked_as.endswith("L2 0.05 (--l2)"), report.text()


BIAS_L2 = """import numpy as np


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size):
        self.params = {"W1": 1e-2 * np.random.randn(input_size, hidden_size), "b1": np.zeros(hidden_size),
                       "W2": 1e-2 * np.random.randn(hidden_size, output_size), "b2": np.zeros(output_size)}

    def loss(self, X, y=None, reg=0.0):
        W1, b1, W2, b2 = (self.params[k] for k in ("W1", "b1", "W2", "b2"))
        h = np.maximum(0, X @ W1 + b1)
        scores = h @ W2 + b2
        if y is None:
            return scores
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        n = X.shape[0]
        loss = -np.log(p[np.arange(n), y]).mean() + reg * (np.sum(W1 * W1) + np.sum(W2 * W2) + np.sum(b1 * b1))
        d = p.copy()
        d[np.arange(n), y] -= 1
        d /= n
        dh = (d @ W2.T) * (h > 0)
        return loss, {"W2": h.T @ d + 2 * reg * W2, "b2": d.sum(axis=0),
                      "W1": X.T @ dh + 2 * reg * W1, "b1": dh.sum(axis=0)}
"""


def test_an_l2_term_over_every_bias_is_judged_and_over_some_said_unchecked(tmp_path, inputs):
    """A course template's penalty over every parameter (`reg * (np.sum(W1 * W1) + ... + np.sum(b2 * b2))`) is
    judged so (the spec's l2_biases): bias gradients leaving their share out are found (the square case's biases are
    not zero), with it they pass; a penalty over some of the biases only is outside the model, said in a warning;
    over the weights only, neither."""
    every = BIAS_L2.replace("np.sum(b1 * b1))", "np.sum(b1 * b1) + np.sum(b2 * b2))")
    params, x, y, real = inputs
    fitted = None

    def check(text):
        nonlocal fitted
        path = tmp_path / "bias_l2.py"
        path.write_text(text)
        if fitted is None:
            fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
        return check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))

    def warned(report):
        return [c.detail for c in report.checks if c.severity == "warning" and "squares some of the biases" in c.detail]

    missing = check(every)
    assert missing.status == "mismatch" and missing.model.spec.l2_biases, (missing.status, missing.error)
    d = missing.diagnosis[0]
    assert d.code == "weight-decay" and sorted(d.params) == ["b1", "b2"] and "missing from the bias" in d.explanation
    assert "over the weights and biases" in missing.model.line() and not warned(missing)
    whole = check(every.replace('"b2": d.sum(axis=0)', '"b2": d.sum(axis=0) + 2 * reg * b2')
                  .replace('"b1": dh.sum(axis=0)', '"b1": dh.sum(axis=0) + 2 * reg * b1'))
    assert whole.status == "ok" and whole.model.spec.l2_biases and not warned(whole), whole.text()
    some = check(BIAS_L2)
    said = warned(some)
    assert some.status == "ok" and not some.model.spec.l2_biases and "np.sum(b1 * b1)" in said[0], some.text()
    weights = check(BIAS_L2.replace(" + np.sum(b1 * b1))", ")"))
    assert weights.status == "ok" and weights.model.spec.l2 and not weights.model.spec.l2_biases
    assert not any("biases" in c.detail for c in weights.checks if c.severity == "warning")


BATCH_L2 = """import numpy as np


class Net:
    def __init__(self, n_in, n_hidden, n_out, lam=0.01):
        rng = np.random.default_rng(0)
        self.W1 = rng.normal(0, 0.1, (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0, 0.1, (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.lam = lam

    def forward(self, X):
        self.h = np.tanh(X @ self.W1 + self.b1)
        s = self.h @ self.W2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def total_loss(self, X, y):
        n = len(X)
        p = self.forward(X)
        total = -np.sum(np.log(p[np.arange(n), y]))
        total += self.lam / 2 * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))
        return total / n

    def backward(self, X, y):
        n = len(X)
        d = self.p.copy()
        d[np.arange(n), y] -= 1
        d /= n
        dh = (d @ self.W2.T) * (1 - self.h ** 2)
        return {"dW2": self.h.T @ d, "db2": d.sum(axis=0, keepdims=True),
                "dW1": X.T @ dh, "db1": dh.sum(axis=0, keepdims=True)}

    def train(self, X, y, lr=0.1, epochs=10):
        for _ in range(epochs):
            self.forward(X)
            g = self.backward(X, y)
            g["dW2"] += self.lam * self.W2
            g["dW1"] += self.lam * self.W1
            for k in ("W1", "b1", "W2", "b2"):
                setattr(self, k, getattr(self, k) - lr * g["d" + k])
"""


def test_an_l2_term_scaled_by_the_batch_is_said_unchecked(tmp_path, inputs):
    """A loss that adds its L2 term to a total it then divides by the batch (`total += lam / 2 * ...` before
    `return total / n`, a popular template's), or with the batch in the term's coefficient (`lam / (2 * n) *
    ...`), has a strength that depends on the batch size: no one L2 strength of the model says it, so the gradients
    are judged without it (a constructor's strength for such a term built at the L2 checked, 0) and a warning says
    the term is not checked."""
    params, x, y, real = inputs
    path = tmp_path / "batch_l2.py"
    fitted = None

    def check(text):
        nonlocal fitted
        path.write_text(text)
        if fitted is None:
            fitted, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
        report = check_submission(path, fitted, x, y, real, CheckOptions(steps=1, fit_depth=True))
        return report, [c.detail for c in report.checks if c.severity == "warning" and "scales with the batch" in
                        c.detail]

    scaled, said = check(BATCH_L2)
    assert scaled.status == "ok" and not scaled.model.spec.l2, scaled.text()
    assert len(said) == 1 and "total_loss" in said[0] and "self.lam / 2 *" in said[0], scaled.text()
    plain, said = check(BATCH_L2.replace("        total += self.lam / 2 * (np.sum(self.W1 ** 2) + "
                                         "np.sum(self.W2 ** 2))\n", ""))
    assert plain.status == "ok" and not said, plain.text()
    # the batch in the term's own coefficient, and the backward adding its gradient: built with the strength off
    inline = (BATCH_L2.replace("        total += self.lam / 2 * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))\n"
                               "        return total / n\n",
                               "        return total / n + self.lam / (2 * n) * (np.sum(self.W1 ** 2) + "
                               "np.sum(self.W2 ** 2))\n")
              .replace('"dW1": X.T @ dh,', '"dW1": X.T @ dh + self.lam / n * self.W1,')
              .replace('return {"dW2": self.h.T @ d,', 'return {"dW2": self.h.T @ d + self.lam / n * self.W2,'))
    assert inline != BATCH_L2 and "self.lam / n * self.W1" in inline
    scaled, said = check(inline)
    assert scaled.status == "ok" and len(said) == 1 and "self.lam / (2 * n)" in said[0], scaled.text()
    assert "lam=0 (its loss's L2 term scales with the batch" in scaled.interface, scaled.interface


def test_a_loss_layer_keeping_its_gradient_is_read_when_judged_alone(inputs, corpus, tmp_path):
    """A squared-error layer whose backward keeps its gradient as `self.dinputs` and returns nothing (as its dense
    layers do) is judged alone on what it keeps, not called "not numeric"."""
    params, x, y, real = inputs
    text = (corpus / "objects_squared_error_layer_ok.py").read_text()
    old = "        return 2.0 * (pred - target) / pred.shape[0]\n"
    assert old in text
    path = tmp_path / "objects_squared_error_layer_kept.py"
    path.write_text(text.replace(old, "        self.dinputs = 2.0 * (pred - target) / pred.shape[0]\n"))
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.status == "ok" and not report.diagnosis, report.text()
    assert "SquaredError is judged alone" in report.interface, report.interface


def test_a_layer_built_with_half_the_l2_gradient_is_named_under_l2(inputs, corpus, tmp_path):
    """The layer kit built with `weight_decay` (the L2 checked), its backward adding half the term's gradient."""
    params, x, y, real = inputs
    text = (corpus / "layer_objects_built_decay_ok.py").read_text()
    path = tmp_path / "layer_objects_built_decay_half.py"
    path.write_text(text.replace("dout.T @ self.x + self.weight_decay * self.W",
                                 "dout.T @ self.x + 0.5 * self.weight_decay * self.W"))
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, l2=0.05))
    assert [d.code for d in report.diagnosis] == ["weight-decay"], report.text()
    assert "-0.025 x the weights beyond the L2 0.05 term" in report.diagnosis[0].explanation


@pytest.mark.parametrize("code, transposed", [
    ('params["W" + str(n)] -= lr * grads["dW" + str(n)].T\nparams["b" + str(n)] -= lr * grads["db" + str(n)]\n',
     True),
    ("W1 = W1 - alpha * dW1.T\nb1 = b1 - alpha * db1\n", True),
    ("W1 -= lr * dW1.T\nW2 -= lr * dW2\n", False),  # one update takes the gradient as it is: none is transposed
    ("W1 -= lr * dW1\nb1 -= lr * db1\n", False),
])
def test_gradients_are_read_transposed_only_when_every_update_transposes_them(code, transposed):
    import ast

    from xval.reports.check.styles.base import SourceMap
    from xval.reports.check.styles.functions import _updates_by_transposed_gradients

    assert _updates_by_transposed_gradients(SourceMap(trees=[ast.parse(code)])) is transposed


@pytest.mark.parametrize("joined, side", [
    ("np.insert(x, 0, 1.0)", "first"),
    ("np.append(1, x)", "first"),  # one sample's 1 before its features
    ("np.concatenate(([1.0], x))", "first"),
    ("np.hstack([np.ones((len(x), 1)), x])", "first"),
    ("np.append(x, 1.0)", "last"),
    ("np.r_[x, 1]", "last"),
    ("np.append(x, np.ones((len(x), 1)), axis=1)", "last"),
    ("np.append(x, x)", None),  # no ones joined
    ("np.append(x, 2.0)", None),  # a constant that is not the bias input
])
def test_the_side_a_layer_joins_its_ones_to_is_read_from_its_code(joined, side):
    import ast

    from xval.reports.check.styles.base import SourceMap
    from xval.reports.check.styles.classes import _ones_side

    tree = ast.parse(f"class Dense:\n    def forward(self, x):\n        self.x1 = {joined}\n        return self.x1\n")
    sm = SourceMap(trees=[tree], defs={"Dense.forward": tree.body[0].body[0]})
    assert _ones_side(sm, "Dense") == side


def test_the_readme_acceptance_table_lists_every_corpus_file():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert not [n for n in EXPECTED if f"| `{n}` |" not in readme]


def test_data_arguments_spelled_with_input_or_as_one_feature_vector():
    """forward_pass(x_input, y_input, ...), feedForward(feature, ...) and forwardPass(pixels): the batch and its
    labels."""
    from xval.reports.check.styles.names import classify

    assert [classify(n) for n in ("x_input", "y_input", "feature", "training_inputs", "training_outputs", "pixels",
                                  "img")] == [("x", None), ("y", None), ("x", None), ("x", None), ("y", None),
                                              ("x", None), ("x", None)]


def test_labels_named_with_their_encoding_are_the_labels():
    """calculate_gradients(labels_oh), targets_ind, y_enc: the labels, one-hot encoded; an input so named is not."""
    from xval.reports.check.styles.names import classify

    assert [classify(n) for n in ("labels_oh", "targets_ind", "y_enc", "t_cat")] == [("y", None)] * 4
    assert classify("x_ind") is None and classify("pixels_oh") is None


def test_a_gradient_named_with_respect_to_a_parameter_is_that_parameters():
    """derror_wrt_dw1, dcost_wrt_W2, grad_wrt_b3: the gradient of the parameter named after "wrt"; one of an
    activation or the input is no parameter's."""
    from xval.reports.check.styles.names import classify

    assert [classify(n) for n in ("derror_wrt_dw1", "dcost_wrt_W2", "grad_wrt_b3", "dloss_wrt_db1")] == [
        ("dW", 1), ("dW", 2), ("db", 3), ("db", 1)]
    assert classify("derror_wrt_output1") is None and classify("grad_wrt_input") is None


def test_one_examples_output_indexed_by_its_label_takes_integer_labels():
    """-np.log(probs[y]) with y a parameter read as labels: integer labels (a one-example course function whose
    backward raises either way was given one-hot rows, and its IndexError was the finding); an index that is not a
    labels parameter says nothing."""
    from xval.reports.check.styles.base import converts_in

    assert converts_in(ast.parse("def loss(x, y, params):\n    return -np.log(forward(x, params)[y])\n"))
    assert not converts_in(ast.parse("def f(x, params, t0):\n    return x[t0]\n"))


def test_a_lambdas_own_argument_is_not_read_as_a_module_global():
    """`transform=lambda x: x` in a backward's signature reads its own x: no module global `x` to bind to the batch
    (the read-as line said "its module globals x set to the batch" for it)."""
    from xval.reports.check.styles.reading import free_globals
    fn = ast.parse("def backward(self, out, transform=lambda x: x):\n    return transform(out) * scale\n").body[0]
    assert free_globals(fn) == ["scale"]


def test_outputs_beside_inputs_are_the_targets_when_renamed_or_unpaired():
    """`outputs` names a forward's result, except where the code renames it as labels (`x, t = inputs, outputs`)
    or where it follows the inputs and no labels parameter is there (`fit(inputs, outputs, rate)`)."""
    from xval.reports.check.styles.reading import arguments

    def renamed(inputs, outputs, rate):
        x, t = inputs, outputs
        return x, t, rate

    def paired(inputs, outputs, rate):
        return inputs, outputs, rate

    def with_labels(inputs, outputs, labels):
        return inputs, outputs, labels

    def alone(outputs, rate):
        return outputs, rate

    def role(fn, name):
        return next(a.role for a in arguments(fn) if a.name == name)

    assert role(renamed, "outputs") == "y" and role(paired, "outputs") == "y"
    assert role(with_labels, "outputs") == "acts" and role(alone, "outputs") == "acts"


def test_folded_biases_names_and_the_ones_read_from_the_source():
    """Theta1_grad is layer 1's weight gradient and lambda_ a penalty (passed 0); the ones are the file's when its
    source puts them on the input (a ones row on a hidden activation does not count)."""
    from xval.reports.check.styles.functions import adds_ones
    from xval.reports.check.styles.names import classify

    assert classify("Theta1_grad") == ("dW", 1) and classify("dTheta2") == ("dW", 2)
    assert classify("lambda_") == ("reg", None) and classify("reg") == ("reg", None)
    read = {n: resolve(load_submission(STYLES / f"{n}.py")) for n in
            ("course_thetas_ok", "theta_caller_ones_inplace_ok", "theta_rowmajor_new_thetas_ok")}
    assert adds_ones(read["course_thetas_ok"]) and adds_ones(read["theta_rowmajor_new_thetas_ok"])  # a helper's too
    assert not adds_ones(read["theta_caller_ones_inplace_ok"])  # its ones row goes on the hidden layer only
    assert [m.layout.ones for m in read.values()] == [False, True, False]
    assert any("a1 is the input" in e for e in read["course_thetas_ok"].evidence)


def test_the_callers_ones_are_not_tried_when_the_file_adds_its_own(tmp_path, inputs):
    """A file that puts ones on its input is never probed with a 785-wide one, even where that would run (here:
    it overwrites its first column with ones, a bug): the reading comes from its source, not from what runs."""
    path = tmp_path / "thetas.py"
    path.write_text(
        "import numpy as np\n\n\ndef forward_prop(X, theta1, theta2):\n"
        "    a1 = np.hstack([np.ones((X.shape[0], 1)), X[:, 1:]])\n"
        "    z2 = a1 @ theta1.T\n    a2 = np.hstack([np.ones((X.shape[0], 1)), np.maximum(z2, 0)])\n"
        "    z3 = a2 @ theta2.T\n    e = np.exp(z3 - z3.max(axis=1, keepdims=True))\n"
        "    return z2, a2, e / e.sum(axis=1, keepdims=True)\n\n\n"
        "def back_prop(X, y, theta1, theta2):\n    raise NotImplementedError\n")
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert report.status == "unusable" and "did not run on a probe batch" in report.error, report.text()
    path.write_text(path.read_text().replace("X[:, 1:]", "X"))  # the same file, its ones put on the whole input
    model = resolve(load_submission(path))
    assert model.layout.fold and not model.layout.ones, model.interface


def test_an_unrolled_cost_function_in_c_order_with_the_bias_row(tmp_path, inputs):
    """C order (no order='F' in its source) and the bias as row 0 of (in + 1, out) (its first reshape takes
    input_layer_size + 1 rows) are read from the source; ReLU + softmax + cross-entropy from the J it returns."""
    path = tmp_path / "cost.py"
    path.write_text(
        "import numpy as np\n\n\ndef cost_function(params, input_size, hidden_size, num_classes, X, y, reg):\n"
        "    k = (input_size + 1) * hidden_size\n"
        "    T1 = params[:k].reshape(input_size + 1, hidden_size)\n"
        "    T2 = params[k:].reshape(hidden_size + 1, num_classes)\n"
        "    n = X.shape[0]\n    A0 = np.hstack([np.ones((n, 1)), X])\n    Z1 = A0 @ T1\n"
        "    A1 = np.hstack([np.ones((n, 1)), np.maximum(Z1, 0)])\n    S = A1 @ T2\n"
        "    P = np.exp(S - S.max(axis=1, keepdims=True))\n    P /= P.sum(axis=1, keepdims=True)\n"
        "    J = -np.mean(np.log(P[np.arange(n), y])) + reg * (np.sum(T1[1:] ** 2) + np.sum(T2[1:] ** 2))\n"
        "    D = P.copy()\n    D[np.arange(n), y] -= 1\n    D /= n\n"
        "    G2 = A1.T @ D + 2 * reg * np.vstack([np.zeros((1, num_classes)), T2[1:]])\n"
        "    D1 = (D @ T2[1:].T) * (Z1 > 0)\n"
        "    G1 = A0.T @ D1 + 2 * reg * np.vstack([np.zeros((1, hidden_size)), T1[1:]])\n"
        "    return J, np.concatenate([G1.ravel(), G2.ravel()])\n")
    model = resolve(load_submission(path))
    assert model.order == "C" and not model.layout.wcol and model.model_read == (["relu"], "softmax", "cross_entropy")
    assert "in C order" in model.interface and "row 0 of (in + 1, out)" in model.interface, model.interface
    params, x, y, real = inputs
    params, _ = fit_default_params(fixed_depth(model), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1))
    assert report.status == "ok", report.text()
    assert report.checked_as.startswith("relu hidden units (read from the J it returns)"), report.checked_as


OBJECTS_BROKEN_CONTAINER = '''import numpy as np


class Affine:
    def __init__(self, fan_in, fan_out):
        self.w = np.random.randn(fan_in, fan_out) * 0.1
        self.b = np.zeros((1, fan_out))

    def forward(self, x):
        self.x = x
        return x @ self.w + self.b

    def backward(self, dout):
        self.dw, self.db = self.x.T @ dout, dout.sum(axis=0, keepdims=True)
        return dout @ self.w.T


class ReLU:
    def forward(self, x):
        self.x = x
        return np.maximum(x, 0)

    def backward(self, dout):
        return dout * (self.x > 0)


class Tanh:
    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        return dout * (1 - self.out ** 2)


class Network:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, y):
        raise NotImplementedError("todo")


def make(sizes):
    layers = [Affine(sizes[0], sizes[1]), Tanh(), Affine(sizes[1], sizes[2])]
    return Network(layers)
'''


def test_layer_objects_are_composed_when_the_container_does_not_work(tmp_path, inputs):
    """A container whose forward ends in a softmax and whose backward raises is not used: the layers are composed
    by xval and judged, the activation the file uses (Tanh, not the ReLU it also defines) is the one composed, and
    the read-as line says why the container was not used and that the loss gradient is xval's."""
    path = tmp_path / "broken_container.py"
    path.write_text(OBJECTS_BROKEN_CONTAINER)
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert "layer objects Affine, Tanh composed by xval (container Network not used: " in report.interface, \
        report.interface
    assert "its forward does not give the layers' scores" in report.interface, report.interface
    assert "loss gradient: xval's softmax cross-entropy (the file has no usable loss layer)" in report.interface
    assert report.status == "ok", report.text()
    assert report.checked_as.startswith("tanh hidden units (detected from your forward)"), report.checked_as


def test_an_activation_layer_working_in_place_leaves_the_pre_activation_xval_read(tmp_path, inputs):
    """A ReLU layer that overwrites its input (np.maximum(..., out=inputs)) is correct in a network of layers, where
    nothing else reads that array: the pre-activation xval reads is the affine layer's output as it was returned,
    so no warning about zs holding post-ReLU values (xval's composition, not the file, kept them)."""
    source = (STYLES / "objects_attrs_no_loss_ok.py").read_text()
    old = "        self.inputs = inputs\n        self.output = np.maximum(0, inputs)\n"
    assert source.count(old) == 1
    path = tmp_path / "in_place_relu.py"
    path.write_text(source.replace(old, "        self.inputs = inputs.copy()\n"
                                        "        self.output = np.maximum(0, inputs, out=inputs)\n"))
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert report.status == "ok" and "layer objects Dense, ReLU composed by xval" in report.interface, report.text()
    assert not [c for c in report.checks if "post-ReLU" in c.detail], report.text()


OBJECTS_SOFTMAX_LAYER = """\
import numpy as np


class Affine:
    def __init__(self, fan_in, fan_out):
        self.kernel = np.random.normal(0, 1 / np.sqrt(fan_in), (fan_in, fan_out))
        self.bias = np.zeros(fan_out)
        self.grads = {}

    def forward(self, x):
        self.cache = x
        return x.dot(self.kernel) + self.bias

    def backward(self, upstream):
        self.grads["kernel"] = self.cache.T.dot(upstream)
        self.grads["bias"] = upstream.sum(axis=0)
        return upstream.dot(self.kernel.T)


class ReLU:
    def forward(self, x):
        self.cache = x
        return x.clip(min=0)

    def backward(self, upstream):
        return upstream * (self.cache > 0)


class Softmax:
    def forward(self, x):
        e = np.exp(x - x.max(axis=-1, keepdims=True))
        self.out = e / e.sum(axis=-1, keepdims=True)
        return self.out

    def backward(self, upstream):
        inner = (upstream * self.out).sum(axis=-1, keepdims=True)
        return self.out * (upstream - inner)


class CrossEntropy:
    def forward(self, probs, targets):
        self.probs, self.targets = probs, targets
        return -np.mean(np.sum(targets * np.log(probs + 1e-300), axis=1))

    def backward(self):
        return -self.targets / (self.probs + 1e-300) / len(self.targets)
"""


def _softmax_ce_gradient(params, x, y):
    """xval's own reference for the probe: dL/dW, dL/db of the last layer of a ReLU network, mean softmax CE."""
    import numpy as np

    a = x
    for W, b in params[:-1]:
        a = np.maximum(a @ W + b, 0)
    s = a @ params[-1][0] + params[-1][1]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    g = e / e.sum(axis=1, keepdims=True)
    g[np.arange(len(y)), y] -= 1
    return a.T @ g / len(y), g.sum(axis=0, keepdims=True) / len(y)


def test_a_loss_layer_on_probabilities_is_read_through_the_softmax_layer(tmp_path):
    """A CrossEntropy loss taking probabilities (one-hot targets) after a Softmax layer: the loss gradient is the
    file's own chain Softmax.backward(CrossEntropy.backward()), recognised because CrossEntropy of Softmax of the
    scores is the softmax cross-entropy; the labels it takes are one-hot."""
    import numpy as np

    from xval.reports.check.styles.base import probe_batch, probe_params

    path = tmp_path / "softmax_layer.py"
    path.write_text(OBJECTS_SOFTMAX_LAYER)
    model = resolve(load_submission(path))
    assert "loss gradient: the file's Softmax.backward(CrossEntropy.backward())" in model.interface, model.interface
    assert "one-hot labels" in model.interface and "grads['kernel'], grads['bias']" in model.interface
    # its Softmax layer is judged alone too; the loss on probabilities is not softmax_loss's interface
    assert model.layer_kinds == ["affine", "relu", "softmax"]
    params = probe_params(2)
    x, y = probe_batch(params)
    dW, db = model.step(params, x, y, 0.01).implied[-1]
    want_dW, want_db = _softmax_ce_gradient(params, x, y)
    assert np.allclose(dW, want_dW) and np.allclose(db, want_db)


def test_a_loss_layer_that_is_not_the_scores_softmax_cross_entropy_gives_way_to_xvals(tmp_path):
    """The same CrossEntropy with no Softmax layer in the file: on the scores it does not give their softmax
    cross-entropy, so xval's own loss gradient is used and the read-as line says why."""
    source = OBJECTS_SOFTMAX_LAYER
    start, end = source.index("class Softmax:"), source.index("class CrossEntropy:")
    path = tmp_path / "no_softmax_layer.py"
    path.write_text(source[:start] + source[end:])
    model = resolve(load_submission(path))
    assert "loss gradient: xval's softmax cross-entropy (the file's CrossEntropy does not give the softmax " \
        "cross-entropy of the scores (it gave" in model.interface, model.interface
    assert "integer labels" not in model.interface and "one-hot labels" not in model.interface


def test_a_container_taking_its_layers_as_varargs_is_used(tmp_path):
    """Sequential(*layers), the layers as separate arguments: built that way, and used for the step."""
    source = (STYLES / "objects_call_dicts_ok.py").read_text()
    for old, new in (("    def __init__(self, layers):\n        self.layers = layers\n",
                      "    def __init__(self, *layers):\n        self.layers = list(layers)\n"),
                     ("    return Sequential(layers)\n", "    return Sequential(*layers)\n")):
        assert source.count(old) == 1
        source = source.replace(old, new)
    path = tmp_path / "varargs_container.py"
    path.write_text(source)
    model = resolve(load_submission(path))
    assert "composed by xval, the step through its container Sequential(*layers)" in model.interface, model.interface


def test_a_class_without_its_own_constructor_is_not_taken_for_a_container(tmp_path):
    """A loss class with no __init__ has object's (*args, **kwargs): it takes no layers, so it is no container to
    try (and to blame in the read-as line)."""
    source = (STYLES / "objects_attrs_no_loss_ok.py").read_text() + (
        "\n\nclass SquaredError:\n    def forward(self, pred, target):\n        self.diff = pred - target\n"
        "        return (self.diff ** 2).mean()\n\n    def backward(self):\n        return 2 * self.diff / self.diff.size\n")
    path = tmp_path / "with_squared_error.py"
    path.write_text(source)
    model = resolve(load_submission(path))
    # named only as the loss layer judged alone (its gradient against its own loss), never as a container
    rest = model.interface.replace("its squared-error layer SquaredError is judged alone", "")
    assert "container" not in model.interface and "SquaredError" not in rest, model.interface


def test_a_layer_with_its_bias_as_the_first_row_is_read_so_from_what_its_forward_computes(tmp_path, inputs):
    """The side of a folded bias is read from the layer's forward (x @ W + b with the bias row first or last), not
    from which reading makes the gradient pass: the same layer with the ones put first is read as the first row."""
    source = (STYLES / "objects_bias_trick_ok.py").read_text()
    for old, new in (("np.hstack([x, np.ones((x.shape[0], 1))])", "np.hstack([np.ones((x.shape[0], 1)), x])"),
                     ("[:, :-1]", "[:, 1:]")):
        assert source.count(old) == 1
        source = source.replace(old, new)
    path = tmp_path / "bias_first.py"
    path.write_text(source)
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1))
    assert "the bias folded into the weight as its first row" in report.interface, report.interface
    assert report.status == "ok", report.text()


def test_a_layer_list_written_in_the_file_is_read_as_a_literal_and_resized():
    """The example is read, never run (numbers, strings, and integer arithmetic like 28*28), and rewritten for the
    checked sizes keeping its keys, its order of sizes and its activation strings (hidden and output)."""
    import ast

    from xval.reports.check.styles.architecture import adapt, examples, literal

    tree = ast.parse("import os\nARCH = [{'input_dim': 28*28, 'output_dim': 64, 'activation': 'tanh'},\n"
                     "        {'input_dim': 64, 'output_dim': 10, 'activation': 'softmax'}]\n"
                     "net = Net([(784, None), (32, 'relu'), (10, 'sigmoid')], loss='mse')\n"
                     "BAD = [{'input_dim': os.cpu_count(), 'output_dim': 3}]\n")
    found = examples([tree])
    assert "bad" not in found  # a call is not a literal: nothing of it is evaluated
    assert adapt(found["arch"], [5, 4, 3, 2]) == [
        {"input_dim": 5, "output_dim": 4, "activation": "tanh"}, {"input_dim": 4, "output_dim": 3, "activation": "tanh"},
        {"input_dim": 3, "output_dim": 2, "activation": "softmax"}]
    assert adapt(found["Net#0"], [5, 4, 2]) == [(5, None), (4, "relu"), (2, "sigmoid")]
    assert found["Net#strings"] == {"loss": "mse"}
    with pytest.raises(ValueError):  # integer arithmetic stays small: a file cannot make the judge compute for long
        literal(ast.parse("999999 * 999999 * 999999", mode="eval").body)
    with pytest.raises(ValueError):
        literal(ast.parse("9 ** 9 ** 9", mode="eval").body)
    swapped = [{"out": 64, "in": 784}, {"out": 10, "in": 64}]  # (out, in): read from how the sizes chain
    assert adapt(swapped, [5, 4, 2]) == [{"out": 4, "in": 5}, {"out": 2, "in": 4}]


def test_a_layer_list_no_code_writes_down_is_made_of_the_keys_the_functions_read():
    """With no example in the file, the keys its functions read from each entry of the list they walk make one:
    a size in, a size out, an activation among the strings the file compares with; its strings are the interned
    objects the file's own literals are (``activation is "relu"``, a comparison by identity, holds)."""
    import ast
    import sys

    from xval.reports.check.styles.architecture import examples, implied_example, literal

    code = ("def init(arch):\n    for spec in arch:\n        w = (spec['fan_in'], spec['fan_out'])\n"
            "def forward(X, params, arch):\n    for i, spec in enumerate(arch):\n"
            "        if spec['activation'] == 'sigmoid': pass\n        elif spec['activation'] == 'softmax': pass\n")
    tree = ast.parse(code)
    made = implied_example("arch", [tree])
    assert made == [{"fan_in": 784, "fan_out": 16, "activation": "sigmoid"},
                    {"fan_in": 16, "fan_out": 10, "activation": "softmax"}]
    assert examples([tree])["forward#2"] == made
    assert implied_example("arch", [ast.parse(code.replace("'fan_out'", "'width'"))]) is None  # no size out
    runtime = "".join(["re", "lu"])
    assert runtime is not sys.intern("relu") and literal(ast.Constant(runtime)) is sys.intern("relu")


def test_a_softmax_layer_is_judged_alone_unless_it_passes_the_gradient_through(tmp_path, inputs):
    """A Softmax layer class is judged alone against the softmax's vector-Jacobian product (xval's composition
    ends in the scores, so nothing else would judge it): its diagonal-only backward is named; one that passes the
    gradient through because its loss layer returns p - y is not called wrong."""
    params, x, y, real = inputs
    diagonal = tmp_path / "diagonal.py"
    diagonal.write_text(OBJECTS_SOFTMAX_LAYER.replace(
        "        inner = (upstream * self.out).sum(axis=-1, keepdims=True)\n        return self.out * (upstream - inner)",
        "        return upstream * self.out * (1 - self.out)"))
    report = check_submission(diagonal, params, x, y, real, CheckOptions(steps=1))
    assert report.status == "mismatch" and report.diagnosis[0].code == "layer-function", report.text()
    assert "Softmax.backward" in report.diagnosis[0].params[0] and "diagonal" in report.diagnosis[0].explanation
    paired = tmp_path / "paired.py"
    paired.write_text(OBJECTS_SOFTMAX_LAYER.replace(
        "        inner = (upstream * self.out).sum(axis=-1, keepdims=True)\n        return self.out * (upstream - inner)",
        "        return upstream  # its loss layer gives p - y").replace(
        "        return -self.targets / (self.probs + 1e-300) / len(self.targets)",
        "        return (self.probs - self.targets) / len(self.targets)"))
    report = check_submission(paired, params, x, y, real, CheckOptions(steps=1))
    assert report.status == "ok", report.text()
    assert any("passes the gradient through" in i.detail for i in report.checks), report.text()


def test_an_empty_bias_list_is_a_network_without_biases():
    """`self.bias = []` that the file never fills: its weights are found, checked as a network without biases."""
    import numpy as np

    from xval.reports.check.styles.slots import NoBias, find_slots

    class Net:
        def __init__(self):
            self.weights = [np.zeros((4, 3)), np.zeros((3, 2))]
            self.bias = []

    found = find_slots(Net())
    assert found is not None and len(found[0]) == 2 and all(isinstance(b, NoBias) for _, b in found[0])
    assert "no biases" in found[1]


@pytest.mark.parametrize("name, role", [
    ("pesos_entrada_oculta", ("W", 1)), ("sesgo_salida", ("b", 2)), ("poids_cachee_sortie", ("W", 2)),
    ("vies_oculta", ("b", 1)), ("pesosEntradaOculta", ("W", 1)), ("tasa_aprendizaje", ("lr", None)),
    ("taxa_aprendizado", ("lr", None)), ("rotulos", ("y", None)), ("etiquetas", ("y", None)),
    ("gradiente_b", ("dbs", None)), ("gradiente_w", ("dWs", None)), ("gradient_w", ("dWs", None)),
    ("epocas", ("epochs", None)), ("épocas", ("epochs", None)), ("correct_outputs", ("y", None)),
    ("grad_output", ("dout", None)), ("dL_dh3", ("dout", None)), ("keep", ("keep", None)),
    ("vetor_entrada", ("x", None)), ("vetor_saida_esperado", ("y", None)), ("saida_esperada", ("y", None)),
    ("dAL", ("dout", None)), ("dL_dyhat", ("dout", None)), ("input_labels", ("y", None)),
    ("batch_labels", ("y", None)), ("input_images", ("x", None)), ("image_batch", ("x", None)),
    ("samples", ("x", None)), ("training_batch", ("x", None)),
    ("label_train", ("y", None)), ("train_label", ("y", None)), ("target_train", ("y", None)),
])
def test_names_in_other_languages_are_read_as_their_english_words(name, role):
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


def test_the_files_own_seed_of_an_upstream_gradient_is_found_in_the_callers_scope():
    """The assignment named is the caller's, above its call: not one inside the backward, nor one after the call."""
    import ast
    import textwrap

    from xval.reports.check.styles.base import SourceMap, own_seed

    code = textwrap.dedent("""
        def backward(params, cache, dout):
            dout = dout * 1.0
            return {"W1": dout}

        def train(params, x, y):
            dout = (x - y) / len(x)
            grads = backward(params, None, dout)
            dout = None
            return grads
    """)
    sm = SourceMap(trees=[ast.parse(code)], labels=["line"])
    assert own_seed(sm, "backward", ["params", "cache", "dout"], "dout") == ("line 7", "dout = (x - y) / len(x)")
    assert own_seed(sm, "backward", ["params", "cache", "dout"], "cache") is None  # passed a constant
    passed_on = ast.parse(code.split("def train")[0] + "def step(params, dout):\n    return backward(params, 0, dout)\n")
    assert own_seed(SourceMap(trees=[passed_on], labels=["line"]), "backward", ["params", "cache", "dout"],
                    "dout") is None  # step's dout is its parameter: backward's own `dout = dout * 1.0` is not it


@pytest.mark.parametrize("name, role", [
    ("bias_ih", ("b", 1)), ("bias_ho", ("b", 2)), ("b_ih", ("b", 1)), ("weigths_ho", ("W", 2)),
    ("wieghts_ih", ("W", 1)), ("weigths", ("Ws", None)),
])
def test_abbreviated_and_misspelled_parameter_names_are_read(name, role):
    """bias_ih and bias_ho as weights_ih and weights_ho are; weights misspelled (weigths, wieghts) as weights."""
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


@pytest.mark.parametrize("name, role", [
    ("a_collection", ("acts", None)), ("z_collection", ("zs", None)), ("weights_array", ("Ws", None)),
    ("z_values", ("zs", None)), ("weights_history", None), ("collection", None), ("delta_collection", None),
])
def test_a_list_word_after_a_lists_name_keeps_its_role(name, role):
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


@pytest.mark.parametrize("name, buffer", [
    ("vel_w", "vWs"), ("vel_b", "vbs"), ("vw_old_collection", "vWs"), ("vb_old_collection", "vbs"),
    ("velocity_weights", "vWs"), ("prev_dW", "vWs"), ("bias_velocity", "vbs"), ("vdb", "vbs"),
    ("v", None), ("old_w", None), ("weights", None), ("W_prev", None), ("vocab", None),
])
def test_momentum_buffers_are_read_from_their_names(name, buffer):
    from xval.reports.check.styles.names import velocity

    assert velocity(name) == buffer


def test_a_known_stem_with_more_after_it_is_a_pass_and_one_piece_is_not():
    from xval.reports.check.styles.functions import BACKWARD_STEMS, FORWARD_STEMS, prefixed

    names = ["forwardloop", "backwardloop", "forward_sweep", "backward_two_layer", "forward_2layer", "forward_layer",
             "backward_relu", "forward_sample", "backprop_step", "forward", "softmax_forward"]
    assert prefixed(names, FORWARD_STEMS) == ["forwardloop", "forward_sweep", "forward_2layer"]
    assert prefixed(names, BACKWARD_STEMS) == ["backwardloop", "backward_two_layer"]


def test_method_names_in_other_languages_and_with_accents_are_found():
    from xval.reports.check.styles.names import FOREIGN_BACKWARDS, FOREIGN_FORWARDS, spelled

    assert spelled(["propagación_adelante", "retropropagación", "entrenar"], FOREIGN_FORWARDS) == [
        "propagación_adelante"]
    assert spelled(["propagación_adelante", "retropropagación"], FOREIGN_BACKWARDS) == ["retropropagación"]


def test_a_batch_taken_apart_by_index_is_a_pair_and_other_indexing_is_not():
    """backprop(self, input_data) reading input_data[0] and input_data[1] takes (x, y), as `x, y = batch` does."""
    from xval.reports.check.styles.classes import _pair_parameters

    assert _pair_parameters("def backprop(self, data):\n    x = data[0]\n    t = data[1]\n    return x, t\n")[1] == {
        "data"}
    assert _pair_parameters("def f(self, a):\n    return a[0] + a[2]\n")[1] == set()


def test_an_unfinished_gradient_dict_names_the_gradients_it_lacks(inputs, corpus):
    params, x, y, real = inputs
    report = check_submission(corpus / "cs231n_model_unfinished_grads.py", params, x, y, real,
                              CheckOptions(steps=0, cases=("batch0",)))
    assert "its dict has W3, b3 and none for W1, b1, W2, b2" in report.diagnosis[0].evidence, report.text()
    d = report.diagnosis[0]  # nothing raised: said as an unfinished backward, with a hint for that
    assert "returned gradients for W3, b3 only, none for W1, b1, W2, b2" in d.explanation, report.text()
    assert "raised an exception" not in d.explanation and "every parameter" in d.hint, report.text()


def test_labels_are_integers_when_a_backward_runs_to_its_end_on_them_and_raises_on_one_hot(inputs, corpus):
    """An unfinished loss that returns too few gradients on integer labels and raises on one-hot rows (it indexes by
    a label it reads into a variable, which the source reading does not see): integer labels, and the evidence
    names what it lacks rather than the one-hot reading's IndexError."""
    params, x, y, real = inputs
    report = check_submission(corpus / "cs231n_loops_only_output_grads.py", params, x, y, real,
                              CheckOptions(steps=0, cases=("batch0",), fit_depth=True))
    assert "integer labels" in report.interface, report.text()
    assert "its dict has W2, b2 and none for W1, b1" in report.diagnosis[0].evidence, report.text()


@pytest.mark.parametrize("name", ["preds", "hL", "A_last", "AL", "y_hat"])
def test_the_last_layers_output_goes_by_many_names(name):
    from xval.reports.check.styles.names import classify

    assert classify(name) == ("probs", None)


@pytest.mark.parametrize("name, role", [("nn_params_values", ("params", None)), ("net_weights", ("Ws", None)),
                                        ("model_parameters", ("params", None)), ("nn", ("params", None))])
def test_a_name_prefixed_by_whose_it_is_reads_as_the_rest(name, role):
    from xval.reports.check.styles.names import canonical, classify

    assert classify(name) == role
    assert canonical("nn_backward_propagation") == canonical("backward_propagation")
    assert canonical("mlp_forward") == "forward" and canonical("nn") == "nn"


@pytest.mark.parametrize("name, role", [("Variable_X", ("x", None)), ("Variable_Function_W1", ("W", 1)),
                                        ("var_b2", ("b", 2)), ("Variable_Function_A1", ("a", 1)), ("variable", None),
                                        ("func_var", None)])  # a GUI's self.func_var: prefixes only
def test_a_name_prefixed_by_variable_reads_as_the_rest(name, role):
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


@pytest.mark.parametrize("name, role", [("all_weights", ("Ws", None)), ("all_biases", ("bs", None)),
                                        ("all_h", ("acts", None)), ("all_f", ("zs", None)), ("all_data", None)])
def test_a_list_of_every_layers_values_named_all_something(name, role):
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


def test_biases_named_by_the_layers_they_join_number_like_their_weights():
    from xval.reports.check.styles.names import classify_all

    names = ["weights_input_hidden_1", "weights_hidden_1_hidden_2", "weights_hidden_2_output",
             "bias_input_hidden_1", "bias_hidden_1_hidden_2", "bias_hidden_2_output", "d_bias_hidden_1_hidden_2"]
    got = classify_all(names)
    assert [got[n] for n in names] == [("W", 1), ("W", 2), ("W", 3), ("b", 1), ("b", 2), ("b", 3), ("db", 2)]


@pytest.mark.parametrize("name, wanted", [("L_forword", "L_forward"), ("forword_pass", "forward_pass"),
                                          ("backword", "backward"), ("foward_prop", "forward_prop"),
                                          ("forwProp", "forward_prop"), ("fwd_pass", "forward_pass"),
                                          ("bwd_prop", "backward_prop"), ("backwPass", "backward_pass")])
def test_forward_and_backward_mistyped_as_forword_and_backword_are_found(name, wanted):
    """L_forword(X, parameters) beside L_model_backward: the deep-network lab's forward with a common typo."""
    from xval.reports.check.styles.functions import BACKWARD_NAMES, FORWARD_NAMES
    from xval.reports.check.styles.names import spelled

    assert wanted in FORWARD_NAMES + BACKWARD_NAMES
    assert spelled([name], FORWARD_NAMES + BACKWARD_NAMES) == [name]


@pytest.mark.parametrize("name, role", [("del_bias", ("dbs", None)), ("del_weight", ("dWs", None)),
                                        ("grad_bias", ("dbs", None)), ("d_weight", ("dWs", None)),
                                        ("expected_values", ("y", None)), ("first_layer_activations", ("x", None))])
def test_a_textbook_rewrite_names_its_gradient_lists_and_its_sample_so(name, role):
    """back_propagation(first_layer_activations, expected_values) -> (del_bias, del_weight): biases first, as the
    textbook's (nabla_b, nabla_w), read by their names, not their order."""
    from xval.reports.check.styles.names import classify

    assert classify(name) == role


def test_names_of_numbered_hidden_layers_are_read_together():
    """weights_hidden2_output is W3; bias_output, layer 2 in a one-hidden-layer file, is the layer after the last
    numbered hidden one when the names number them."""
    from xval.reports.check.styles.names import classify_all

    two = classify_all(["weights_input_hidden1", "weights_hidden1_hidden2", "weights_hidden2_output",
                        "bias_hidden1", "bias_hidden2", "bias_output"])
    assert [two[n] for n in two] == [("W", 1), ("W", 2), ("W", 3), ("b", 1), ("b", 2), ("b", 3)]
    one = classify_all(["weights_input_hidden", "weights_hidden_output", "bias_hidden", "bias_output"])
    assert [one[n] for n in one] == [("W", 1), ("W", 2), ("b", 1), ("b", 2)]



def test_an_activation_layer_read_by_what_it_computes_is_called_under_the_guard():
    """A layer whose name says only that it is an activation is read by running its forward on a probe: the
    file's code, called as all of it is, so a forward that replaces numpy's functions does not keep them
    replaced for the rest of the reading (np.allclose made always true would read any layer as the first
    activation tried)."""
    import numpy as np

    from xval.reports.check.styles.objects import _computes

    real = np.allclose

    class activation_layer:
        def forward(self, x):
            np.allclose = lambda *a, **k: True
            return np.tanh(x)

        def backward(self, d):
            return d

    try:
        assert _computes(activation_layer) == "tanh"
        assert np.allclose is real
    finally:
        np.allclose = real


@pytest.mark.parametrize("name, softmax", [("objects_unused_softmax_backward_ok", "SoftmaxActivation"),
                                           ("objects_skipped_softmax_ok", "SoftmaxLayer")])
def test_a_softmax_backward_the_network_never_calls_is_said_and_not_judged(inputs, name, softmax):
    """A softmax class whose backward raises, beside a loss layer that takes the scores and gives their gradient
    itself, or passed over by the file's backward loop (``isinstance``): the raise is a warning naming that backward,
    and the file passes on the gradient it trains with."""
    from xval.reports.check.layercheck import OFF_PATH

    params, x, y, real = inputs
    path = STYLES / f"{name}.py"
    params, _ = fit_default_params(fixed_depth(resolve(load_submission(path))), params)
    report = check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    assert report.status == "ok", report.text()
    said = [i for i in report.checks if i.name == f"{softmax}.backward alone"]
    assert len(said) == 1 and said[0].severity == "warning" and OFF_PATH in said[0].detail, report.text()


@pytest.mark.parametrize("name", ["class_data_list_own_output_ok", "class_input_apart_decay_ok"])
def test_a_one_output_class_is_loaded_in_its_own_orientation_at_widths_of_one(name):
    """A binary class checked at xval's default widths is loaded at the square stress case's widths (784-1-1-1)
    in the orientation its own matrices have, not the one those default widths would suggest."""
    import numpy as np

    model = resolve(load_submission(STYLES / f"{name}.py"))
    gen = np.random.default_rng(5)
    params = [(gen.standard_normal((a, b)), np.zeros((1, b))) for a, b in ((784, 1), (1, 1), (1, 1))]
    _, acts, _ = model.forward(params, gen.random((6, 784)))
    assert np.shape(acts[-1]) == (6, 1)


def test_pre_activations_kept_in_a_list_that_starts_with_the_input_are_read_from_its_second_entry():
    """`zs = [X]` then one entry per layer: z1 is the list's second entry, not the input."""
    from xval.reports.check.styles.base import probe_batch, probe_params

    model = resolve(load_submission(STYLES / "class_count_widths_flag_ok.py"))
    params = probe_params(3)
    x, _ = probe_batch(params)
    zs, _, _ = model.forward(params, x)
    assert [z.shape[1] for z in zs] == [W.shape[1] for W, _ in params]


def test_a_datasets_output_data_is_its_labels_and_an_estimated_output_its_predictions():
    """`_NN_backpropagation(output_data, input_data, estimated_output, reg_param)`: the data set's two halves, the
    network's estimate; a weights matrix is a weight."""
    from xval.reports.check.styles.names import classify

    assert [classify(n) for n in ("output_data", "input_data", "estimated_output", "weights_matrix_1")] == [
        ("y", None), ("x", None), ("probs", None), ("W", 1)]


def test_a_mistyped_container_name_and_a_spanish_per_are_read():
    """`paramerters` is a params container; `neuronas_por_capa` the neurons per layer."""
    from xval.reports.check.styles.classes import _size_name
    from xval.reports.check.styles.names import classify
    from xval.reports.check.styles.slots import _sq

    assert classify("paramerters") == ("params", None) and classify("parametrs") == ("params", None)
    assert classify("correct_answers") == ("y", None)
    assert _size_name(_sq("neuronas_por_capa")) == "neuronsperlayer"


def test_a_step_that_reads_the_labels_through_a_helper_method_is_the_backward(tmp_path):
    """`backprop()` takes nothing and reads the labels only in `self.output_delta()`, which it calls: it computes
    the gradient, so it is not passed over as a method that applies another's."""
    from xval.reports.check.styles.base import SourceMap
    from xval.reports.check.styles.classes import _reads_labels

    path = tmp_path / "sub.py"
    path.write_text("class Net:\n"
                    "    def output_delta(self):\n        return self.probs - self.correct_answers\n\n"
                    "    def backprop(self):\n        self.delta = self.output_delta()\n\n"
                    "    def apply(self):\n        self.W -= self.delta\n")
    loaded = load_submission(path)
    sm = SourceMap.of(loaded)
    cls = loaded.namespace["Net"]
    assert _reads_labels(cls, "backprop", sm) and not _reads_labels(cls, "apply", sm)


def test_names_of_inputs_weight_lists_catalan_images_and_loss_gradients_are_read():
    """`forward_propogation(weight_matrices, input_layer, biases)`; Catalan `imatges` and labels named `digits`;
    a loss's gradient spelled from the loss (`d_loss_dw_out`, `L_W1`) or as `grad1`; `nn_input_dim` a size."""
    from xval.reports.check.styles.classes import _size_name
    from xval.reports.check.styles.names import classify
    from xval.reports.check.styles.slots import _sq

    assert [classify(n) for n in ("input_layer", "weight_matrices", "imatges", "digits")] == [
        ("x", None), ("Ws", None), ("x", None), ("y", None)]
    assert [classify(n) for n in ("d_loss_dw_out", "d_loss_d_b_h", "L_W1", "L_b2", "grad1")] == [
        ("dW", 2), ("db", 1), ("dW", 1), ("db", 2), ("dW", 1)]
    assert classify("h3_W2") is None and classify("L_h3") is None  # local Jacobians, not a parameter's gradient
    assert [_size_name(_sq(n)) for n in ("nn_input_dim", "nn_hdim", "nn_output_dim")] == [
        "inputsize", "hiddensize", "outputsize"]


def test_sizes_counted_with_of_are_read():
    """A constructor's `noOfInputs`, `numberOfHiddenNeurons`, `noOfOutputs` (a count, "of", the noun) are the three
    sizes, as `numInputs` and `n_hidden` are."""
    from xval.reports.check.styles.classes import _size_name
    from xval.reports.check.styles.slots import _sq

    assert [_size_name(_sq(n)) for n in ("noOfInputs", "numberOfHiddenNeurons", "noOfOutputs")] == [
        "inputsize", "hiddensize", "outputsize"]


def test_weights_named_by_the_layers_they_join_are_numbered_by_the_one_they_feed():
    """`w_input_1`, `w_1_2`, `w_3_output` join input to 1, 1 to 2, 3 to the output: W1, W2, W4; `w_1_3` skips a
    layer and says nothing of one."""
    from xval.reports.check.styles.names import classify

    assert [classify(n) for n in ("w_input_1", "w_1_2", "w_3_output")] == [("W", 1), ("W", 2), ("W", 4)]
    assert classify("w_1_3") != ("W", 3)


def test_a_step_called_on_names_its_loop_picks_by_index_is_called_per_sample():
    """`x = X[k]; tgt = T[k]; net.backward(x, tgt)` inside `for k in ...` is one sample per call, as
    `net.backward(X[k], T[k])` is; a name the loop does not pick by its index says nothing."""
    import ast

    from xval.reports.check.styles.base import SourceMap
    from xval.reports.check.styles.classes import _called_per_sample

    def called(body: str) -> bool:
        return _called_per_sample(SourceMap(trees=[ast.parse(f"for k in range(n):\n{body}")]), "backward")

    assert called("    x = X[k]\n    tgt = T[k]\n    net.backward(x, tgt)\n")
    assert called("    net.backward(X[k], T[k])\n")
    assert not called("    x = X[k]\n    net.backward(x, T)\n")


def test_a_parameter_no_name_explains_is_the_labels_when_handed_to_a_loss_or_its_slope(tmp_path):
    """forward(self, x, l) computing crossEntropy(l, self.y), backward(self, x, d) computing bce_slope(d, out):
    the labels; so is a `d` after the input that the output is subtracted from, or taken by the input's index
    (update(self, x, d, rate), train(self, X, D, rate)); a parameter passed to anything else, or beside another no
    name explains, keeps no role."""
    import runpy

    from xval.reports.check.styles.reading import arguments

    path = tmp_path / "steps.py"  # read from their source, which inspect finds in a file
    path.write_text("def forward(self, x, l):\n    return crossEntropy(l, self.y)\n"
                    "def backward(self, x, d):\n    return bce_slope(d, self.out)\n"
                    "def other(self, x, d):\n    return scale(d, self.out)\n"
                    "def both(self, u, v):\n    return bce(u, v)\n"
                    "def update(self, x, d, rate):\n    return rate * (d - self.out)\n"
                    "def train(self, X, D, rate):\n    for i in range(len(X)):\n        self.update(X[i], D[i], rate)\n")
    ns = runpy.run_path(str(path))
    roles = {name: [a.role for a in arguments(ns[name]) or []]
             for name in ("forward", "backward", "other", "both", "update", "train")}
    assert roles == {"forward": [None, "x", "y"], "backward": [None, "x", "y"], "other": [None, "x", None],
                     "both": [None, None, None],  # bce(u, v): which is the labels, no name says
                     "update": [None, "x", "y", "lr"], "train": [None, "x", "y", "lr"]}  # d, the desired output


@pytest.mark.parametrize("code, columns", [
    ("z = np.dot(x, self.weight) + self.bias\nh = h @ W2\n", False),
    ("z = np.dot(self.W1, x) + self.b1\nh = W2 @ a\n", True),
    ("z = np.dot(x, y)\n", False),  # no weight among the operands: rows, the default
])
def test_the_orientation_of_handed_weights_follows_the_files_products(code, columns):
    import ast

    from xval.reports.check.styles.base import SourceMap
    from xval.reports.check.styles.classes import _columns_first

    assert _columns_first(SourceMap(trees=[ast.parse(code)])) is columns


def test_a_squared_error_of_predicted_classes_is_no_loss():
    """`pred = np.argmax(out, axis=1); loss = ((pred - y) ** 2).mean()` counts wrong classes (its gradient is zero):
    not read as the file's MSE; the same line of the probabilities is."""
    from xval.reports.check.family import inline_losses

    assert inline_losses("pred = np.argmax(out, axis=1)\nloss = ((pred - y) ** 2).mean()\n") == {}
    assert inline_losses("loss = ((np.argmax(out, axis=1) - y) ** 2).mean()\n") == {}
    assert list(inline_losses("loss = ((out - y) ** 2).mean()\n")) == ["mse"]


def test_layers_numbered_from_the_input_layer_and_a_foreign_row_count_are_read():
    """Weights numbered from 2 (the input layer is layer 1: w2, b2, w3, b3) give the depth and first index 2, not an
    unread w3; ``zeilen, spalten = data.shape`` (German: rows, columns) binds a count of the data's samples."""
    from xval.reports.check.loading import sample_count_names
    from xval.reports.check.styles.names import depth_from

    assert depth_from(["w2", "b2", "w3", "b3", "w4", "b4", "eingabe"], whole=True) == (3, 2)
    assert depth_from(["W2", "W3"]) == (None, 1)  # dict keys seen in the code may leave W1 out: not from 2 there
    assert depth_from(["W1", "b1", "W2", "b2"]) == (2, 1) and depth_from(["W0", "W1"]) == (2, 0)
    assert depth_from(["w3", "w4"]) == (None, 1)  # from 3: no numbering xval knows, no depth read
    assert sample_count_names(ast.parse("zeilen, spalten = data.shape").body[0]) == ["zeilen"]
