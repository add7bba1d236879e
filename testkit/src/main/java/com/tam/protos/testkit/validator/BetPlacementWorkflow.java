package com.tam.protos.testkit.validator;

import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.ResolveOrderRequest;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One order's bet-placement saga as a Temporal workflow. The workflow id is the order's {@code
 * saga_id}; the workflow's state (the {@link Order} with its step history) is the order's only
 * state.
 */
@WorkflowInterface
public interface BetPlacementWorkflow {
  /**
   * Runs the saga to a terminal state (COMPLETED, COMPENSATED, REJECTED, or RESOLVED after an
   * operator resolved a FAILED order).
   *
   * @param order the order as PlaceOrder checked it: PENDING, with its intent and liability
   * @return the order in its terminal state
   */
  @WorkflowMethod
  Order run(Order order);

  /**
   * The order now, with every step executed so far.
   *
   * @return the order
   */
  @QueryMethod
  Order order();

  /**
   * Resolves a FAILED order (ResolveOrder): runs the resolution's calls and returns the order
   * RESOLVED.
   *
   * @param request the operator's request
   * @return the order, RESOLVED
   */
  @UpdateMethod
  Order resolve(ResolveOrderRequest request);

  /**
   * Refuses a resolution of an order that is not FAILED or that does not fit the failure.
   *
   * @param request the operator's request
   */
  @UpdateValidatorMethod(updateName = "resolve")
  void validateResolve(ResolveOrderRequest request);
}
