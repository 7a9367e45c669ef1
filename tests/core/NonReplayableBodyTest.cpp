// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/NonReplayableBody.h"

#include <gtest/gtest.h>

using b24::NonReplayableBody;

TEST(NonReplayableBody, RewindsOnlyBeforeTheFirstByteLeft)
{
    NonReplayableBody body(QByteArrayLiteral("{\"auth\":\"x\",\"id\":[1]}"));
    EXPECT_TRUE(body.isSequential());
    EXPECT_EQ(body.size(), 21);
    EXPECT_TRUE(body.reset()) << "nothing sent yet: a first send may rewind";
    EXPECT_EQ(body.read(5), QByteArrayLiteral("{\"aut"));
    EXPECT_FALSE(body.reset()) << "a re-send after bytes left must fail";
    EXPECT_TRUE(body.wasRewindRefused());
    EXPECT_EQ(body.readAll(), QByteArrayLiteral("h\":\"x\",\"id\":[1]}"));
    EXPECT_TRUE(body.atEnd());
    EXPECT_FALSE(body.reset());
}
