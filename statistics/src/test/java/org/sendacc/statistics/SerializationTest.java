package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.snapshot.TrendDirection;

/** The value types travel to Spark executors inside user-defined functions, so they must survive Java serialisation. */
class SerializationTest {
    private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(value);
        }
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return input.readObject();
        }
    }

    @Test
    void anIntervalSurvivesSerialisation() throws Exception {
        Interval interval = new Interval(0.181191824101082, 0.567145723314764);

        assertThat(roundTrip(interval)).isEqualTo(interval);
    }

    @Test
    void aTrendSurvivesSerialisation() throws Exception {
        Trend trend = new Trend(TrendDirection.INCREASING, 25.0, 5);

        assertThat(roundTrip(trend)).isEqualTo(trend);
    }

    @Test
    void aTrendWithoutAStatisticSurvivesSerialisation() throws Exception {
        Trend trend = new Trend(TrendDirection.NOT_ENOUGH_DATA, null, 2);

        assertThat(roundTrip(trend)).isEqualTo(trend);
    }
}
