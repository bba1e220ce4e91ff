package se.samverkanskartan.network;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The whole graph, topics and facts as last read; a bean of its own because
 * {@link NetworkService} is transactional and a listener that runs after a commit must
 * not be.
 */
@Component
class NetworkReadCache {

	final ReadModelCache<String, Object> reads = new ReadModelCache<>(8);

	@TransactionalEventListener(fallbackExecution = true)
	void networkChanged(NetworkChanged change) {
		this.reads.clear();
	}

}
