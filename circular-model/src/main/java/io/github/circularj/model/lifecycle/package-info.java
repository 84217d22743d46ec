/**
 * What happens to an item: its lifecycle as an event-sourced, validated history.
 *
 * <p>The aggregate is {@link io.github.circularj.model.lifecycle.Lifecycle}, the immutable ordered
 * history of one item, whose current {@link io.github.circularj.model.lifecycle.Stage} is derived
 * from its events by the one transition table documented on {@code Stage}. Events are immutable
 * facts, the records of the sealed {@link io.github.circularj.model.lifecycle.LifecycleEvent}; none has
 * more than five components, as the facts of an event that carries several travel in one validated
 * payload ({@link io.github.circularj.model.lifecycle.Erasure}, {@link io.github.circularj.model.lifecycle.Inspection},
 * {@link io.github.circularj.model.lifecycle.Intake}, {@link io.github.circularj.model.lifecycle.Flag},
 * {@link io.github.circularj.model.lifecycle.ReturnReceipt}). {@link io.github.circularj.model.lifecycle.History}
 * records a history event by event.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.lifecycle;

import javax.annotation.ParametersAreNonnullByDefault;
