package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A driving-port implementation whose turns stream one token and then wait until cancelled, so the
 * server's heartbeats, deadline and disconnect handling can be watched over real HTTP.
 */
final class SlowConcierge implements Concierge {
    final CountDownLatch cancelled = new CountDownLatch(1);

    @Override
    public TurnStream open(TurnRequest request) {
        return new TurnStream() {
            private volatile boolean stop;

            @Override
            public String threadId() {
                return "slow-thread";
            }

            @Override
            public void run(Consumer<AgentEvent> events) {
                events.accept(new AgentEvent.Metadata("slow-thread", request.requestId()));
                events.accept(new AgentEvent.Token("Let me think"));
                while (!stop) {
                    try {
                        TimeUnit.MILLISECONDS.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }

            @Override
            public TurnReply reply() {
                run(event -> { });
                throw new CancellationException("cancelled");
            }

            @Override
            public void cancel() {
                stop = true;
                cancelled.countDown();
            }

            @Override
            public boolean cancelled() {
                return stop;
            }
        };
    }

    @Override
    public TurnReply ask(TurnRequest request) {
        return open(request).reply();
    }
}
